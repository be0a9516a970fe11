package dev.meridian.pipeline.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.event.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled sample: every planted item must go (recall 100 %), nothing marked as protected may change
 * (no false redaction). Prints recall by type and the count of protected tokens for the record.
 */
class AnonymizationSampleTest {

    private static final Anonymizer ANONYMIZER = new Anonymizer();
    private static List<LabelledSample> samples;

    @BeforeAll
    static void loadSample() throws IOException {
        List<LabelledSample> planted = LabelledSample.plantedLines();
        samples = Stream.concat(planted.stream(), LabelledSample.hadoopWithPlantedLines(
                planted.stream().filter(sample -> !sample.planted().isEmpty()).toList()).stream()).toList();
    }

    static Roster projectMembers() {
        Roster roster = new Roster(new Pseudonyms("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8)), Map.of());
        roster.add(new Person(1L, "jane.doe@meridian.example", "Jane Doe"));
        roster.add(new Person(2L, "amehta@meridian.example", "Arjun Mehta"));
        roster.add(new Person(3L, "liwei@meridian.example", "Li Wei"));
        roster.add(new Person(4L, "sobrien@meridian.example", "Siobhan O'Brien"));
        return roster;
    }

    @Test
    void theSampleHasAtLeastOneHundredStringsWithEveryKindOfPlantedItem() {
        assertThat(samples).hasSizeGreaterThanOrEqualTo(100);
        assertThat(samples.stream().flatMap(sample -> sample.planted().stream()).map(LabelledSample.Planted::type))
                .containsAll(List.of(RedactionType.values()));
    }

    @Test
    void removesEveryPlantedItem() {
        Roster roster = projectMembers();
        Map<RedactionType, int[]> foundAndTotal = new EnumMap<>(RedactionType.class);
        List<String> survivors = new ArrayList<>();
        for (LabelledSample sample : samples) {
            String anonymized = ANONYMIZER.text(sample.text(), roster, new Redactions());
            for (LabelledSample.Planted item : sample.planted()) {
                int[] counts = foundAndTotal.computeIfAbsent(item.type(), type -> new int[2]);
                counts[1]++;
                if (anonymized.contains(item.value())) {
                    survivors.add(item.type() + " " + item.value() + " in: " + anonymized);
                } else {
                    counts[0]++;
                }
            }
        }
        int found = foundAndTotal.values().stream().mapToInt(c -> c[0]).sum();
        int total = foundAndTotal.values().stream().mapToInt(c -> c[1]).sum();
        System.out.printf("Anonymization recall on %d strings: %d/%d planted items removed (%.1f %%)%n",
                samples.size(), found, total, 100.0 * found / total);
        foundAndTotal.forEach((type, c) -> System.out.printf("  %-16s %3d/%3d%n", type, c[0], c[1]));
        assertThat(survivors).isEmpty();
    }

    @Test
    void neverRedactsIssueKeysVersionsClassNamesStackFramesOrHostPorts() {
        Roster roster = projectMembers();
        List<String> falseRedactions = new ArrayList<>();
        int protectedTokens = 0;
        for (LabelledSample sample : samples) {
            String anonymized = ANONYMIZER.text(sample.text(), roster, new Redactions());
            for (String kept : sample.kept().stream().distinct().toList()) {
                protectedTokens++;
                if (LabelledSample.occurrences(anonymized, kept) < LabelledSample.occurrences(sample.text(), kept)) {
                    falseRedactions.add(kept + " in: " + anonymized);
                }
            }
        }
        System.out.printf("Anonymization false redactions: %d of %d protected tokens%n", falseRedactions.size(), protectedTokens);
        assertThat(protectedTokens).isGreaterThan(500);
        assertThat(falseRedactions).isEmpty();
    }
}
