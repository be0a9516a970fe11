package dev.meridian.notifications.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.notifications.Notification;
import dev.meridian.notifications.Reason;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * One email about one issue, from the notifications it gathers (oldest first): what changed and who did it, a link to
 * the issue (none once it is deleted) and one to the person's notification settings. In the HTML every user's text is
 * escaped.
 */
final class EmailComposer {

    static final String SETTINGS_PATH = "/account/notifications";

    private final MailProperties mail;

    EmailComposer(MailProperties mail) {
        this.mail = mail;
    }

    Email compose(long id, UserRef to, String issueKey, List<Notification> told) {
        var latest = told.get(told.size() - 1);
        var subject = "[" + issueKey + "] " + oneLine(latest.issueSummary());
        var issueLink = mail.link("/issues/" + issueKey);
        var settingsLink = mail.link(SETTINGS_PATH);
        var text = new StringBuilder();
        var gone = told.stream().anyMatch(n -> n.reason() == Reason.DELETED);
        var html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">");
        var title = "<strong>" + escape(issueKey) + "</strong> " + escape(latest.issueSummary());
        html.append("<p>").append(gone ? title : "<a href=\"" + escape(issueLink) + "\">" + title + "</a>").append("</p>");
        for (var notification : told) {
            var headline = headline(notification, issueKey);
            text.append(headline).append('\n');
            html.append("<p>").append(escape(headline)).append("</p>");
            if (!notification.changes().isEmpty() && !moved(notification)) {
                html.append("<ul>");
                for (var change : notification.changes()) {
                    var line = change.field() + ": " + shown(change.from()) + " → " + shown(change.to());
                    text.append("  ").append(line).append('\n');
                    html.append("<li>").append(escape(line)).append("</li>");
                }
                html.append("</ul>");
            }
            if (notification.excerpt() != null) {
                text.append("  \"").append(notification.excerpt()).append("\"\n");
                html.append("<blockquote>").append(escape(notification.excerpt())).append("</blockquote>");
            }
            text.append('\n');
        }
        var why = told.stream().anyMatch(n -> n.reason() == Reason.CREATED)
                ? "You get this email because you watch its project or are involved in " + issueKey
                : "You get this email because you are involved in " + issueKey;
        if (!gone) {
            text.append("Open ").append(issueKey).append(": ").append(issueLink).append("\n\n");
            html.append("<p><a href=\"").append(escape(issueLink)).append("\">Open ").append(escape(issueKey)).append("</a></p>");
        }
        text.append(why).append(". Choose what Meridian emails you: ").append(settingsLink).append('\n');
        html.append("<p style=\"color:#666;font-size:smaller\">").append(escape(why)).append(". <a href=\"").append(escape(settingsLink))
                .append("\">Choose what Meridian emails you</a>.</p></body></html>");
        return new Email(id, to.email(), subject, text.toString(), html.toString());
    }

    private static String headline(Notification notification, String issueKey) {
        var who = notification.actor() == null ? "Someone (an account since removed)" : notification.actor().displayName();
        return switch (notification.reason()) {
            case ASSIGNED -> who + " assigned " + issueKey + " to you.";
            case MENTIONED -> who + " mentioned you on " + issueKey + ".";
            case CREATED -> who + " created " + issueKey + ".";
            case COMMENTED -> who + " commented on " + issueKey + ".";
            case COMMENT_EDITED -> who + " edited a comment on " + issueKey + ".";
            case WORK_LOGGED -> who + " logged work on " + issueKey + ".";
            case UPDATED -> moved(notification)
                    ? who + " moved " + notification.changes().get(0).from() + " to another project: it is "
                            + notification.changes().get(0).to() + " now."
                    : who + " changed " + issueKey + ".";
            case DELETED -> who + " deleted " + issueKey + ": it no longer exists.";
        };
    }

    /** A move is told as its key's change alone (as the inbox words it). */
    private static boolean moved(Notification notification) {
        return notification.changes().size() == 1 && notification.changes().get(0).field().equals("key");
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
