package dev.meridian.ml.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.ml.Embedder;
import dev.meridian.ml.FieldSuggestion;
import dev.meridian.ml.HashingEmbedder;
import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.LocalModel;
import dev.meridian.ml.text.IssueProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryPointHeadTest {

    private static final String[] LIBRARIES = {"netty", "jetty", "guava", "jackson", "zookeeper", "protobuf", "avro",
            "kafka", "log4j", "thrift", "gson", "derby", "hbase", "curator", "okhttp"};
    private static final String[] NOISE = {"please", "see", "attached", "cluster", "reported", "today", "again",
            "users", "nightly", "build"};
    private final Embedder embedder = new HashingEmbedder();

    /**
     * A project whose points follow the text: typos are 1, small bugs 2, features 5, redesigns 13, with a fifth of the
     * issues one step off the rule (estimates are noisy) and some without points at all.
     */
    static List<IssueDocument> pointedProject(int size, long seed) {
        var random = new Random(seed);
        String[][] kinds = {
                {"Typo in the %s docs", "Fix a spelling mistake in the %s page", "1"},
                {"Small bug in %s config parsing", "Wrong default value when %s reads an empty setting", "2"},
                {"Add a feature to export %s metrics", "New feature: a metrics endpoint for %s with options", "5"},
                {"Redesign the %s storage layer", "Rewrite and redesign the whole %s storage engine and its"
                        + " replication protocol across modules", "13"}};
        String[] scale = {"1", "2", "3", "5", "8", "13"};
        var issues = new ArrayList<IssueDocument>();
        for (int i = 0; i < size; i++) {
            var kind = kinds[random.nextInt(kinds.length)];
            var library = LIBRARIES[random.nextInt(LIBRARIES.length)];
            String points = kind[2];
            if (random.nextInt(5) == 0) {
                int at = List.of(scale).indexOf(points) + (random.nextBoolean() ? 1 : -1);
                points = scale[Math.max(0, Math.min(scale.length - 1, at))];
            }
            if (random.nextInt(10) == 0) {
                points = "";
            }
            var description = String.format(kind[1], library) + " " + NOISE[random.nextInt(NOISE.length)] + " "
                    + NOISE[random.nextInt(NOISE.length)];
            issues.add(new IssueDocument("P-" + i, String.format(kind[0], library), description,
                    Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i), Map.of("storyPoints", points)));
        }
        return issues;
    }

    @Test
    void estimatesPointsThatFollowTheTextFarBetterThanTheMedian() {
        var issues = pointedProject(200, 1);
        var profiles = IssueProfile.of(issues, embedder);
        var model = TriageModel.train(issues.subList(0, 160), profiles.subList(0, 160), List.of("storyPoints"));

        var score = TriageEvaluation.storyPoints(model, issues.subList(160, 200), profiles.subList(160, 200))
                .orElseThrow();

        assertThat(score.issues()).isBetween(30, 40);
        assertThat(score.medianMae()).isGreaterThan(2.5);
        assertThat(score.modelMae()).isLessThan(score.medianMae() / 2);
        assertThat(model.fields()).isEmpty();
    }

    @Test
    void suggestsAValueOnTheProjectsScaleWithARangeAroundIt() throws Exception {
        var issues = pointedProject(200, 2);
        var model = TriageModel.train(issues, IssueProfile.of(issues, embedder), List.of("priority", "storyPoints"));

        var redesign = suggestion(model, "Redesign the kafka storage layer",
                "Rewrite and redesign the whole kafka storage engine and its replication protocol");
        var typo = suggestion(model, "Typo in the gson docs", "Fix a spelling mistake in the gson page");

        assertThat(redesign.field()).isEqualTo("storyPoints");
        assertThat(Double.parseDouble(redesign.value())).isGreaterThan(Double.parseDouble(typo.value()));
        assertThat(List.of("1", "2", "3", "5", "8", "13")).contains(redesign.value(), typo.value(), redesign.low(),
                redesign.high());
        assertThat(Double.parseDouble(redesign.low())).isLessThanOrEqualTo(Double.parseDouble(redesign.value()));
        assertThat(Double.parseDouble(redesign.high())).isGreaterThanOrEqualTo(Double.parseDouble(redesign.value()));
        assertThat(redesign.confidence()).isBetween(0.3, 1.0);

        var bytes = new ByteArrayOutputStream();
        model.writeTo(new DataOutputStream(bytes));
        var loaded = TriageModel.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        var profile = IssueProfile.of(IssueDocument.draft("Redesign the kafka storage layer", "redesign"), embedder);
        assertThat(loaded.suggest(profile)).isEqualTo(model.suggest(profile));
    }

    @Test
    void noEstimateWithoutEnoughIssuesWithPoints() {
        var issues = pointedProject(60, 3).stream()
                .map(i -> new IssueDocument(i.key(), i.summary(), i.description(), i.created(),
                        Map.of("storyPoints", i.key().endsWith("0") ? "3" : "not a number")))
                .toList();
        var model = TriageModel.train(issues, IssueProfile.of(issues, embedder), List.of("storyPoints"));

        assertThat(model.suggest(IssueProfile.of(IssueDocument.draft("Typo", ""), embedder))).isEmpty();
    }

    @Test
    void theRegistryRecordsTheHeldOutErrorBesideTheMedianBaseline() {
        var model = LocalModel.train(pointedProject(300, 4), List.of(), List.of("storyPoints"), embedder, "v1");

        var metrics = model.metadata().metrics();

        assertThat(metrics).containsKeys("triage.storyPoints.mae", "triage.storyPoints.baselineMae");
        assertThat(metrics.get("triage.storyPoints.mae")).isLessThan(metrics.get("triage.storyPoints.baselineMae"));
    }

    private FieldSuggestion suggestion(TriageModel model, String summary, String description) {
        return model.suggest(IssueProfile.of(IssueDocument.draft(summary, description), embedder)).stream()
                .filter(s -> s.field().equals("storyPoints")).findFirst().orElseThrow();
    }
}
