package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import dev.meridian.support.Training;
import dev.meridian.support.WorkerByHand;
import dev.meridian.training.internal.inference.LiveIndexes;
import dev.meridian.training.internal.predictions.PredictionLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every answer is recorded with the version that gave it; a version whose artifact is gone is taken out of service. */
@MeridianTest
class PredictionsAndBrokenModelsTest {

    @LocalServerPort
    int port;
    @Autowired
    LiveIndexes indexes;

    @Autowired
    PredictionLog predictions;
    @Autowired
    WorkerByHand worker;

    @Test
    void recordsEveryAnswerWithTheModelVersionThatGaveIt() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var project = fixtures.project();
        var keys = HadoopSample.of(2, 12).importInto(admin, project, Set.of());
        worker.backfill(admin, project);
        Training.train(admin, project, "full");
        var issue = keys.values().iterator().next();

        var similar = admin.get("/api/v1/issues/" + issue + "/similar?limit=3").json();
        var suggested = admin.post("/api/v1/projects/" + project + "/suggestions",
                Map.of("summary", "NameNode runs out of heap on restart", "description", "")).json();
        predictions.flush();

        var version = models(project).get(0);
        assertThat(similar.get("modelVersion").asString()).isEqualTo(version.get("label").asString());
        var recorded = admin.get("/api/v1/models/" + version.get("id").asLong() + "/predictions").json();
        assertThat(recorded).hasSize(2);
        var byKind = new java.util.HashMap<String, JsonNode>();
        recorded.forEach(p -> byKind.put(p.get("kind").asString(), p));
        assertThat(byKind.get("suggestions").get("subject").asString()).isEqualTo("NameNode runs out of heap on restart");
        assertThat(byKind.get("suggestions").get("results").get("fields")).isEqualTo(suggested.get("fields"));
        assertThat(byKind.get("similar").get("subject").asString()).isEqualTo(issue);
        assertThat(byKind.get("similar").get("results")).isEqualTo(similar.get("issues"));
        assertThat(byKind.get("similar").get("callerId").asLong()).isPositive();
        assertThat(predictions.dropped()).isZero();
    }

    @Test
    void marksAnActiveVersionWhoseArtifactIsGoneBrokenAndLetsThePreviousOneAnswer() throws IOException {
        var admin = new Fixtures(port).admin();
        var versions = twoVersions(admin);
        var project = versions.project();
        var issue = versions.issue();
        var first = versions.first();
        var second = versions.second();
        assertThat(admin.post("/api/v1/models/" + second.get("id").asLong() + "/promote", null).status()).isEqualTo(200);
        deleteArtifactAsIfRestarted(project, second);

        var answer = admin.get("/api/v1/issues/" + issue + "/similar?limit=3");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("modelVersion").asString()).isEqualTo(first.get("label").asString());
        var broken = models(project).get(0);
        assertThat(broken.get("status").asString()).isEqualTo("broken");
        assertThat(broken.get("statusReason").asString()).isEqualTo("its artifact " + second.get("artifact").asString() + " is missing");
        assertThat(models(project).get(1).get("status").asString()).isEqualTo("active");
    }

    @Test
    void promotingAVersionWhoseArtifactIsGoneLeavesNoStaleIndexAnswering() throws IOException {
        var admin = new Fixtures(port).admin();
        var versions = twoVersions(admin);
        var project = versions.project();
        var issue = versions.issue();
        var first = versions.first();
        var second = versions.second();
        Training.awaitIndex(indexes, project, first.get("label").asString());
        Files.delete(Path.of(second.get("artifact").asString()));

        assertThat(admin.post("/api/v1/models/" + second.get("id").asLong() + "/promote", null).status()).isEqualTo(200);
        // the background build of the promoted version fails: the first version's index must not keep answering as if
        // nothing happened
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(indexes.loadedVersion(project)).isEmpty());

        var answer = admin.get("/api/v1/issues/" + issue + "/similar?limit=3");
        assertThat(answer.json().get("modelVersion").asString()).isEqualTo(first.get("label").asString());
        assertThat(models(project).get(0).get("status").asString()).isEqualTo("broken");
    }

    @Test
    void answersA503NamingTheMissingArtifactWhenNoVersionCanTakeOver() throws IOException {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var project = fixtures.project();
        HadoopSample.of(0, 6).importInto(admin, project, Set.of());
        worker.backfill(admin, project);
        Training.train(admin, project, "full");
        var only = models(project).get(0);
        deleteArtifactAsIfRestarted(project, only);

        var answer = admin.post("/api/v1/projects/" + project + "/suggestions", Map.of("summary", "Disk full on a DataNode"));

        var problem = Problems.assertProblem(answer, 503);
        assertThat(problem.get("detail").asString()).startsWith("Model " + only.get("label").asString() + " of " + project
                + " is broken: its artifact " + only.get("artifact").asString() + " is missing");
        assertThat(problem.get("artifact").asString()).isEqualTo(only.get("artifact").asString());
        assertThat(Problems.assertProblem(admin.post("/api/v1/projects/" + project + "/suggestions", Map.of("summary", "Disk full")), 409)
                .get("detail").asString()).contains("has no active model yet");
    }

    /**
     * The active version's index is built in the background as soon as it is promoted, and answers from memory from
     * then on: the missing artifact shows when the index is read again, as after a restart.
     */
    private void deleteArtifactAsIfRestarted(String project, JsonNode version) throws IOException {
        Training.awaitIndex(indexes, project, version.get("label").asString());
        Files.delete(Path.of(version.get("artifact").asString()));
        indexes.unload(project);
    }

    /** A project of 12 Hadoop issues with two full trainings: the first version active, the second a candidate. */
    private record TwoVersions(String project, String issue, JsonNode first, JsonNode second) {
    }

    private TwoVersions twoVersions(dev.meridian.support.Api admin) {
        var project = new Fixtures(port).project();
        var issue = HadoopSample.of(2, 12).importInto(admin, project, Set.of()).values().iterator().next();
        worker.backfill(admin, project);
        Training.train(admin, project, "full");
        Training.train(admin, project, "full");
        return new TwoVersions(project, issue, models(project).get(1), models(project).get(0));
    }

    private java.util.List<JsonNode> models(String project) {
        var list = new ArrayList<JsonNode>();
        new Fixtures(port).admin().get("/api/v1/models?project=" + project).json().forEach(list::add);
        return list;
    }
}
