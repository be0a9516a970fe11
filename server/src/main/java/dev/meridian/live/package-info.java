/**
 * Live updates: changes committed to the outbox reach every open browser within a fraction of a second as
 * server-sent events, each person seeing only the projects they may browse. ARCHITECTURE.md places this in
 * {@code events}; it is a module of its own because it needs project access, and projects write events: inside
 * {@code events} it would make a dependency cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live updates")
package dev.meridian.live;
