package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.MeridianProperties;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.TestDataDir;
import dev.meridian.support.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** An edit travels outbox → relay → queue → dataset worker → anonymized JSONL in the local object store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "meridian.durable=false",
        "meridian.bootstrap.demo-project=false",
        "meridian.bootstrap.admin-email=" + Api.ADMIN_EMAIL,
        "meridian.bootstrap.admin-password=" + Api.ADMIN_PASSWORD,
        "meridian.pipeline.enabled=true",
        "meridian.pipeline.relay-interval-ms=100",
        "logging.level.root=warn"})
@Import(TestDataDir.class)
class TrainingDataFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    MeridianProperties properties;
    @Autowired
    ObjectStore store;

    @Test
    void anEditReachesTheDatasetAnonymized() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var reporter = fixtures.user("reporter");
        fixtures.member(project, reporter, "member");
        var email = Fixtures.email(reporter);
        var key = reporter.post("/api/v1/issues", Map.of("project", project, "type", "Bug",
                "summary", "Checkpoint upload stalls on large edits",
                "description", "Seen on 10.1.2.3; write to " + email + " for logs")).json().get("key").asString();
        reporter.patch("/api/v1/issues/" + key, Map.of("priority", "High"));

        var objects = properties.dataDir().resolve("objects");
        var text = waitForText(objects, "Checkpoint upload stalls", 60);
        assertThat(text).contains("Checkpoint upload stalls on large edits");
        assertThat(text).doesNotContain(email).doesNotContain("10.1.2.3");
        var freshness = fixtures.admin().get("/api/v1/pipeline/status").json().get("freshness");
        assertThat(freshness.get("eventsStored").asLong()).isPositive();
        assertThat(freshness.get("p99Seconds").asDouble()).isPositive();
        assertThat(fixtures.admin().header("Accept", "text/plain").get("/actuator/prometheus").text())
                .contains("meridian_pipeline_freshness_seconds_bucket").contains("meridian_pipeline_events_stored_total");
    }

    @Test
    void aThumbsUpOnAnAnswerReachesTheSealedSnapshotAsFeedbackAndAsAConversationAndTeachesTheIntentModel() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var key = admin.post("/api/v1/issues", Map.of("project", project, "type", "Bug", "summary", "Journal node drops edits"))
                .json().get("key").asString();
        var conversation = admin.post("/api/v1/assistant/conversations", Map.of()).json().get("id").asLong();
        var answer = admin.post("/api/v1/assistant/conversations/" + conversation + "/messages", Map.of("text", "status of " + key)).json();
        assertThat(admin.put("/api/v1/assistant/messages/" + answer.get("id").asLong() + "/feedback", Map.of("rating", "up")).status())
                .isEqualTo(200);
        var doubted = admin.post("/api/v1/assistant/conversations/" + conversation + "/messages", Map.of("text", "who reported " + key)).json();
        admin.put("/api/v1/assistant/messages/" + doubted.get("id").asLong() + "/feedback", Map.of("rating", "down"));

        var objects = properties.dataDir().resolve("objects");
        assertThat(waitForText(objects, "meridian-feedback-1", 60)).contains("\"rating\":\"up\"");
        waitForText(objects, "\"rating\":\"down\"", 60);
        var sealed = admin.post("/api/v1/training/datasets/" + project + "/snapshots", null);
        assertThat(sealed.status()).as(sealed.toString()).isIn(200, 201);
        var files = allJsonl(objects.resolve("snapshots").resolve(project));
        assertThat(files).contains("\"messageId\":" + answer.get("id").asLong()).contains("status of " + key);
        var answers = sealed.json().at("/snapshot/recordsByTask/assistant-answer");
        assertThat(answers.path("train").asInt() + answers.path("validation").asInt())
                .as(sealed.toString()).isEqualTo(1);

        var job = Training.trainKind(admin, project, "question-intent");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        var version = admin.get("/api/v1/models?project=" + project).json().get(0);
        assertThat(version.at("/metrics/intent.rated.questions").asDouble()).as("the question rated down teaches nothing")
                .isEqualTo(1.0);
    }

    @Test
    void turningAiTrainingOffRemovesTheProjectsTrainingData() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        admin.post("/api/v1/issues", Map.of("project", project, "type", "Bug", "summary", "Balancer skips racks",
                "description", "Reported by ops@corp.example"));
        await(() -> !store.list("datasets/" + project + "/").isEmpty());
        await(() -> admin.post("/api/v1/training/datasets/" + project + "/snapshots", null).status() == 201);
        assertThat(store.list("snapshots/" + project + "/")).isNotEmpty();

        admin.patch("/api/v1/projects/" + project, Map.of("aiTrainingEnabled", false));

        await(() -> store.list("datasets/" + project + "/").isEmpty() && store.list("snapshots/" + project + "/").isEmpty()
                && store.list("state/" + project + "/").equals(List.of("state/" + project + "/project.json")));
        assertThat(admin.get("/api/v1/training/datasets/" + project + "/snapshots").json().get("total").asInt()).isZero();
        var metrics = admin.header("Accept", "text/plain").get("/actuator/prometheus").text();
        assertThat(metrics).contains("meridian_pipeline_events_total{outcome=\"processed\",type=\"issue.created\"}")
                .contains("meridian_pipeline_records_total{task=\"triage\"}")
                .contains("meridian_pipeline_redactions_total{type=\"email\"}")
                .contains("meridian_pipeline_events_skipped_total{reason=\"opted-out\"}")
                .contains("meridian_queue_received_age_seconds")
                .containsPattern("meridian_pipeline_written_bytes_total [1-9]");
        var status = admin.get("/api/v1/pipeline/status").json();
        assertThat(status.at("/worker/recordsByTask/triage").asLong()).isPositive();
        assertThat(status.at("/snapshots/keep").asInt()).isEqualTo(5);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 60 s");
            }
            Thread.sleep(200);
        }
    }

    private static String waitForText(Path root, String needle, int seconds) throws Exception {
        var deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            var text = allJsonl(root);
            if (text.contains(needle)) {
                return text;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no record with '" + needle + "' in " + root + " after " + seconds + " s; found:\n"
                + allJsonl(root).lines().limit(5).collect(Collectors.joining("\n")));
    }

    private static String allJsonl(Path root) throws IOException {
        if (!Files.exists(root)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    return "";
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
