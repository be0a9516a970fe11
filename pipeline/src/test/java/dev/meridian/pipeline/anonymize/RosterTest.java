package dev.meridian.pipeline.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.event.Person;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final Pseudonyms PSEUDONYMS = new Pseudonyms("roster-test-key-0123456789".getBytes(StandardCharsets.UTF_8));
    private static final Person JANE = new Person(1L, "jane.doe@corp.example", "Jane Doe");

    @Test
    void givesAPersonTheSamePseudonymInFieldsInTextAndAfterAReload() {
        Roster roster = new Roster(PSEUDONYMS, Map.of());
        String inField = roster.add(JANE);
        Roster reloaded = new Roster(PSEUDONYMS, roster.digests());

        String text = new Anonymizer().text("Jane Doe and [~jane.doe] agree; mail jane.doe@corp.example", reloaded, new Redactions());

        assertThat(inField).matches("Person-[0-9a-f]{8}");
        assertThat(text).isEqualTo(inField + " and " + inField + " agree; mail " + inField);
    }

    @Test
    void givesDifferentPseudonymsUnderAnotherKey() {
        Pseudonyms other = new Pseudonyms("another-key-0123456789abc".getBytes(StandardCharsets.UTF_8));

        assertThat(other.of(JANE)).isNotEqualTo(PSEUDONYMS.of(JANE));
    }

    @Test
    void keepsNoNameOrEmailInTheClear() {
        Roster roster = new Roster(PSEUDONYMS, Map.of());
        roster.add(JANE);

        assertThat(roster.digests().toString().toLowerCase()).doesNotContain("jane", "doe", "corp.example");
    }

    @Test
    void replacesAJiraMentionOfSomeoneItDoesNotKnow() {
        Redactions counts = new Redactions();

        String text = new Anonymizer().text("CC [~stevel] please", new Roster(PSEUDONYMS, Map.of()), counts);

        assertThat(text).matches("CC Person-[0-9a-f]{8} please");
        assertThat(counts.of(RedactionType.PERSON)).isEqualTo(1);
    }

    @Test
    void countsRedactionsByType() {
        Redactions counts = new Redactions();

        new Anonymizer().text("mail a@b.example or c@d.example from 10.1.2.3, password=hunter2", new Roster(PSEUDONYMS, Map.of()), counts);

        assertThat(counts.asMap()).isEqualTo(Map.of(RedactionType.EMAIL, 2L, RedactionType.IPV4, 1L, RedactionType.PASSWORD, 1L));
    }
}
