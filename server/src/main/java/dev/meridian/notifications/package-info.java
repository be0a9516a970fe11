/**
 * In-app notifications (an inbox): who is told about a comment, a status, assignee, priority or summary change, or an
 * @mention, as Jira's default notification scheme without email. It follows the outbox as live updates do, so a
 * change made through any server of the database is told, once. API: {@link dev.meridian.notifications.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dev.meridian.notifications;
