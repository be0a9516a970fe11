package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import dev.meridian.support.Training;
import dev.meridian.support.WorkerByHand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InferenceTest {

    @LocalServerPort
    int port;
    @Autowired
    WorkerByHand worker;

    Fixtures fixtures;
    Api admin;
    String project;
    String label;
    HadoopSample sample;
    String[] heldBack;
    Map<String, String> keys;

    /** A project of real Hadoop issues with one duplicate pair's second half held back, and a trained model. */
    @BeforeAll
    void trainedProject() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
        sample = HadoopSample.of(10, 60);
        heldBack = sample.pairs.stream().max((a, b) -> Double.compare(overlap(a), overlap(b))).orElseThrow();
        keys = sample.importInto(admin, project, Set.of(heldBack[1]));
        worker.backfill(admin, project);
        var job = Training.train(admin, project, "full");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        label = admin.get("/api/v1/models?project=" + project).json().get(0).get("label").asString();
    }

    @Test
    void findsTheNearDuplicateOfAnIssueCreatedAMomentAgo() {
        var original = keys.get(heldBack[0]);
        var duplicate = sample.issues.get(heldBack[1]);
        var created = admin.post("/api/v1/issues", Map.of("project", project, "type", "Task",
                "summary", duplicate.get("Summary"), "description", duplicate.get("Description")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var key = created.json().get("key").asString();

        var similar = admin.get("/api/v1/issues/" + key + "/similar?limit=5");
        assertThat(similar.status()).as(similar.toString()).isEqualTo(200);
        assertThat(similar.json().get("modelVersion").asString()).isEqualTo(label);
        assertThat(keysOf(similar.json().get("issues"))).as(similar.toString()).contains(original).doesNotContain(key).hasSize(5);

        // The index follows the outbox: the new issue shows up among the original's similar issues, too.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> found;
        do {
            found = keysOf(admin.get("/api/v1/issues/" + original + "/similar?limit=5").json().get("issues"));
        } while (!found.contains(key) && System.nanoTime() < deadline);
        assertThat(found).contains(key);
    }

    @Test
    void suggestsFieldsAndPossibleDuplicatesForADraft() {
        var duplicate = sample.issues.get(heldBack[1]);
        var answer = admin.post("/api/v1/projects/" + project + "/suggestions",
                Map.of("summary", duplicate.get("Summary"), "description", duplicate.get("Description")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var json = answer.json();
        assertThat(json.get("modelVersion").asString()).isEqualTo(label);
        var fields = new ArrayList<String>();
        json.get("fields").forEach(f -> {
            fields.add(f.get("field").asString());
            assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0);
        });
        assertThat(fields).contains("priority");
        // the Hadoop sample has no story points: no estimate rather than a made-up one
        assertThat(fields).doesNotContain("storyPoints");
        assertThat(keysOf(json.get("possibleDuplicates"))).contains(keys.get(heldBack[0]));

        var blank = admin.post("/api/v1/projects/" + project + "/suggestions", Map.of("summary", " ", "description", ""));
        assertThat(Problems.assertProblem(blank, 400).path("detail").asString()).contains("write a summary or a description");
    }

    @Test
    void neverShowsIssuesOfProjectsTheCallerCannotBrowse() {
        var outsider = fixtures.user("outsider");
        var other = fixtures.project();
        fixtures.member(other, outsider, "member");
        fixtures.issue(other, admin, "Balancer moves blocks too slowly between data nodes");
        fixtures.issue(other, admin, "Web UI shows the wrong time zone");
        worker.backfill(admin, other);
        assertThat(Training.train(admin, other, "full").get("status").asString()).isEqualTo("succeeded");

        var original = keys.get(heldBack[0]);
        Problems.assertProblem(outsider.get("/api/v1/issues/" + original + "/similar"), 404);
        Problems.assertProblem(outsider.post("/api/v1/projects/" + project + "/suggestions", Map.of("summary", "NameNode", "description", "")), 404);

        var own = outsider.post("/api/v1/projects/" + other + "/suggestions",
                Map.of("summary", sample.issues.get(heldBack[0]).get("Summary"), "description", ""));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(keysOf(own.json().get("possibleDuplicates"))).isNotEmpty().allMatch(k -> k.startsWith(other + "-"));
    }

    private double overlap(String[] pair) {
        var a = words(sample.issues.get(pair[0]).get("Summary"));
        var b = words(sample.issues.get(pair[1]).get("Summary"));
        var both = new HashSet<>(a);
        both.retainAll(b);
        a.addAll(b);
        return (double) both.size() / Math.max(1, a.size());
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\W+")));
    }

    private static List<String> keysOf(JsonNode issues) {
        var list = new ArrayList<String>();
        issues.forEach(i -> list.add(i.get("key").asString()));
        return list;
    }
}
