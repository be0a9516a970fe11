/**
 * Live updates: changes committed to the outbox reach every open browser within a fraction of a second as
 * server-sent events, each person seeing only the projects they may browse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live updates")
package dev.meridian.live;
