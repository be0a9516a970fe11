package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Training;
import dev.meridian.support.WorkerByHand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A project whose issues carry story points gets a story-point estimate with a range, and its error in the registry;
 * its labels are suggested the same way.
 */
@MeridianTest
class StoryPointSuggestionsTest {

    private static final String[] LIBRARIES = {"netty", "jetty", "guava", "jackson", "zookeeper", "protobuf", "avro",
            "kafka", "log4j", "thrift", "gson", "derby", "hbase", "curator", "okhttp"};

    @LocalServerPort
    int port;

    @Autowired
    WorkerByHand worker;

    @Test
    void aProjectWithStoryPointsGetsAnEstimateAfterTraining() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var project = fixtures.project();
        String[][] kinds = {
                {"Typo in the %s docs", "Fix a spelling mistake in the %s page", "1", "documentation"},
                {"Add a feature to export %s metrics", "New feature: a metrics endpoint for %s with options", "5", "metrics"},
                {"Redesign the %s storage layer", "Rewrite and redesign the whole %s storage engine and its"
                        + " replication protocol across modules", "13", "architecture"}};
        for (int i = 0; i < 60; i++) {
            var kind = kinds[i % kinds.length];
            var library = LIBRARIES[i % LIBRARIES.length];
            var body = new HashMap<String, Object>(Map.of("project", project, "type", "Task",
                    "summary", kind[0].formatted(library), "description", kind[1].formatted(library), "labels", List.of(kind[3])));
            if (i % 10 != 9) {
                body.put("storyPoints", Integer.parseInt(kind[2]));
            }
            var created = admin.post("/api/v1/issues", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        worker.backfill(admin, project);
        var job = Training.train(admin, project, "full");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");

        var redesign = storyPoints(admin.post("/api/v1/projects/" + project + "/suggestions", Map.of(
                "summary", "Redesign the snakeyaml storage layer",
                "description", "Rewrite and redesign the whole snakeyaml storage engine")).json());
        var typoSuggestions = admin.post("/api/v1/projects/" + project + "/suggestions", Map.of(
                "summary", "Typo in the snakeyaml docs", "description", "Fix a spelling mistake in the snakeyaml page")).json();
        var typo = storyPoints(typoSuggestions);
        assertThat(field(typoSuggestions, "label").get("value").asString()).isEqualTo("documentation");
        assertThat(List.of("1", "5", "13")).contains(redesign.get("value").asString(), typo.get("value").asString());
        assertThat(Double.parseDouble(redesign.get("value").asString()))
                .isGreaterThan(Double.parseDouble(typo.get("value").asString()));
        assertThat(Double.parseDouble(redesign.get("low").asString()))
                .isLessThanOrEqualTo(Double.parseDouble(redesign.get("value").asString()));
        assertThat(Double.parseDouble(redesign.get("high").asString()))
                .isGreaterThanOrEqualTo(Double.parseDouble(redesign.get("value").asString()));
        assertThat(redesign.get("confidence").asDouble()).isBetween(0.0, 1.0);

        var metrics = admin.get("/api/v1/models?project=" + project).json().get(0).get("metrics");
        assertThat(metrics.has("triage.storyPoints.mae")).as(metrics.toString()).isTrue();
        assertThat(metrics.has("triage.storyPoints.baselineMae")).as(metrics.toString()).isTrue();
    }

    private static JsonNode storyPoints(JsonNode suggestions) {
        return field(suggestions, "storyPoints");
    }

    private static JsonNode field(JsonNode suggestions, String name) {
        for (var field : suggestions.get("fields")) {
            if (field.get("field").asString().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no " + name + " suggestion in " + suggestions);
    }
}
