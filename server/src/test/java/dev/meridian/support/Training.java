package dev.meridian.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.training.internal.inference.LiveIndexes;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** Trains models through the API and waits for their jobs, for tests of the registry and of inference. */
public final class Training {

    private Training() {
    }

    /** Starts a job as {@code as} and waits for it to end; returns the ended job. */
    public static JsonNode train(Api as, String project, String mode) {
        var started = as.post("/api/v1/training/jobs", Map.of("project", project, "mode", mode));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return awaitEnd(as, started.json().get("id").asLong());
    }

    /** Trains a model of {@code kind} (e.g. {@code question-intent}) in full and waits for the job to end. */
    public static JsonNode trainKind(Api as, String project, String kind) {
        var started = as.post("/api/v1/training/jobs", Map.of("project", project, "kind", kind, "mode", "full"));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return awaitEnd(as, started.json().get("id").asLong());
    }

    /** Waits until the similar-issues index of {@code label} is loaded for the project (it is built in the background). */
    public static void awaitIndex(LiveIndexes indexes, String project, String label) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(indexes.loadedVersion(project)).contains(label));
    }

    public static JsonNode awaitEnd(Api as, long jobId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            var job = as.get("/api/v1/training/jobs/" + jobId);
            assertThat(job.status()).as(job.toString()).isEqualTo(200);
            if (!"running".equals(job.json().get("status").asString())) {
                return job.json();
            }
            assertThat(System.nanoTime()).as("job " + jobId + " still running: " + job).isLessThan(deadline);
            sleep(50);
        }
    }

    /**
     * A trained project: its first job ({job}) and an active version. With {@code second}, also a second version
     * ({model}), a candidate, or, with {@code promoteSecond}, active, so that there is a version to roll back to.
     */
    static Map<String, String> trained(Api admin, String project, boolean second, boolean promoteSecond) {
        var first = train(admin, project, "full");
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("succeeded");
        if (!second) {
            return Map.of("job", first.get("id").asString());
        }
        var next = train(admin, project, "full");
        assertThat(next.get("status").asString()).as(next.toString()).isEqualTo("succeeded");
        var model = next.get("modelVersionId").asString();
        if (promoteSecond) {
            var promoted = admin.post("/api/v1/models/" + model + "/promote", null);
            assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        }
        return Map.of("job", first.get("id").asString(), "model", model);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
