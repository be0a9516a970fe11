/**
 * Notifications (an inbox, and email): who is told about an issue created, changed (any field, a link, an attachment),
 * commented, worked on or deleted, or an @mention, as Jira's default notification scheme; and who watches a whole
 * project. It follows the outbox as live updates do, so a
 * change made through any server of the database is told, once. API: {@link dev.meridian.notifications.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dev.meridian.notifications;
