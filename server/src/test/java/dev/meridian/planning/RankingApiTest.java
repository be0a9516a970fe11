package dev.meridian.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class RankingApiTest {

    @LocalServerPort
    int port;
    Fixtures fixtures;
    Api admin;
    String project;

    @BeforeEach
    void project() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
    }

    @Test
    void ranksNewIssuesAtTheBottomAndMovesOneBeforeAnother() {
        var keys = issues(4);
        assertThat(order()).containsExactlyElementsOf(keys);

        var moved = admin.put("/api/v1/issues/" + keys.get(3) + "/rank", Map.of("before", keys.get(0)));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("rowsWritten").asInt()).isEqualTo(1);
        admin.put("/api/v1/issues/" + keys.get(0) + "/rank", Map.of("after", keys.get(2)));

        assertThat(order()).containsExactly(keys.get(3), keys.get(1), keys.get(2), keys.get(0));
        var newest = fixtures.issue(project);
        assertThat(order()).last().isEqualTo(newest);
    }

    @Test
    void keepsEveryIssueOnceUnderConcurrentMovesIntoTheSameGap() throws Exception {
        var keys = issues(12);
        var pool = Executors.newFixedThreadPool(6);
        try {
            var results = new ArrayList<Future<Api.Response>>();
            for (int i = 2; i < 12; i++) {
                var key = keys.get(i);
                results.add(pool.submit(() -> admin.put("/api/v1/issues/" + key + "/rank", Map.of("after", keys.get(0)))));
            }
            for (var r : results) {
                assertThat(r.get().status()).as(r.get().toString()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        var order = order();
        assertThat(order).hasSize(12).doesNotHaveDuplicates();
        assertThat(order.get(0)).isEqualTo(keys.get(0));
        assertThat(order.get(11)).as("the one issue nobody moved stays after all moved ones").isEqualTo(keys.get(1));
    }

    @Test
    void refusesARankWithoutNeighbourOrRelativeToItself() {
        var keys = issues(1);

        Problems.assertProblem(admin.put("/api/v1/issues/" + keys.get(0) + "/rank", Map.of()), 400);
        Problems.assertProblem(admin.put("/api/v1/issues/" + keys.get(0) + "/rank", Map.of("before", keys.get(0))), 400);
        Problems.assertProblem(admin.put("/api/v1/issues/" + keys.get(0) + "/rank", Map.of("before", project + "-999")), 404);
    }

    @Test
    void refusesViewersWhoTryToRank() {
        var keys = issues(2);
        var viewer = fixtures.user("viewer");
        fixtures.member(project, viewer, "viewer");

        Problems.assertProblem(viewer.put("/api/v1/issues/" + keys.get(1) + "/rank", Map.of("before", keys.get(0))), 403);
        assertThat(order()).containsExactlyElementsOf(keys);
    }

    private List<String> issues(int n) {
        var keys = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            keys.add(fixtures.issue(project));
        }
        return keys;
    }

    private List<String> order() {
        var jql = URLEncoder.encode("project = " + project + " ORDER BY rank", StandardCharsets.UTF_8);
        var found = admin.get("/api/v1/search?maxResults=500&jql=" + jql);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        var keys = new ArrayList<String>();
        found.json().get("issues").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }
}
