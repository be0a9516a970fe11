package dev.meridian.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.identity.UserRef;
import dev.meridian.notifications.Notification;
import dev.meridian.notifications.Reason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailComposerTest {

    private static final UserRef ADA = new UserRef(1, "ada@example.com", "Ada");
    private static final UserRef BOB = new UserRef(2, "bob@example.com", "Bob");
    private final EmailComposer composer = new EmailComposer(new MailProperties(MailProperties.Delivery.FOLDER,
            "Meridian <meridian@localhost>", "http://meridian.test", 60, 8, 30, 1000, new MailProperties.Smtp("", 587, "", "", true)));

    @Test
    void tellsAMoveAsTheInboxDoesNotAsAChangedKey() {
        var moved = new Notification(7, ADA, "OPS", "OPS-3", "Checksums fail", Reason.UPDATED,
                List.of(new Notification.Change("key", "WEB-1", "OPS-3")), null, Instant.parse("2026-11-27T10:00:00Z"), false);

        var email = composer.compose(7, BOB, "OPS-3", List.of(moved));

        assertThat(email.text()).contains("Ada moved WEB-1 to another project: it is OPS-3 now.").doesNotContain("key:");
        assertThat(email.html()).contains("Ada moved WEB-1 to another project: it is OPS-3 now.").doesNotContain("key:");
    }

    @Test
    void listsTheFieldsOfAChange() {
        var changed = new Notification(8, ADA, "WEB", "WEB-2", "Flaky test", Reason.UPDATED,
                List.of(new Notification.Change("priority", "Low", "High")), null, Instant.parse("2026-11-27T10:00:00Z"), false);

        var email = composer.compose(8, BOB, "WEB-2", List.of(changed));

        assertThat(email.text()).contains("Ada changed WEB-2.", "priority: Low → High");
    }
}
