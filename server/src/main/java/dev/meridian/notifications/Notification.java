package dev.meridian.notifications;

import dev.meridian.identity.UserRef;
import java.time.Instant;
import java.util.List;

/**
 * One thing a person was told: who did it ({@code actor}, null once that account is gone), to which issue, why, the
 * fields it changed, and for a comment or mention the start of its text.
 */
public record Notification(long id, UserRef actor, String projectKey, String issueKey, String issueSummary, Reason reason,
        List<Change> changes, String excerpt, Instant createdAt, boolean read) {

    /**
     * A field as it was and became, in words ({@code status}, {@code labels}, {@code dueDate}…, as the issue's history
     * names them); a link or attachment added ({@code link}, {@code attachment}: from null) or removed (to null); work
     * logged ({@code timeLogged}: to "2h").
     */
    public record Change(String field, String from, String to) {
    }
}
