/**
 * The outbox: every change in Meridian is recorded here, in the transaction that made it, as a change event
 * carrying the changed entity's after-image. The relay to the queue, live updates and the retrieval index read it.
 * API: {@link dev.meridian.events.ChangeEvents}.
 */
package dev.meridian.events;
