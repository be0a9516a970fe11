package dev.meridian.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class IssueKeysTest {

    @LocalServerPort
    int port;

    @Test
    void keepsKeysGapFreeUnderConcurrentCreates() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        List<Callable<String>> creates = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int n = i;
            creates.add(() -> admin.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "Issue " + n))
                    .json().get("key").asString());
        }
        var pool = Executors.newFixedThreadPool(12);
        try {
            var keys = pool.invokeAll(creates).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            var expected = IntStream.rangeClosed(1, 120).mapToObj(i -> project + "-" + i).toList();
            assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givesTheNextNumberAfterAFailedCreate() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.issue(project);
        var refused = fixtures.admin().post("/api/v1/issues", Map.of("project", project, "type", "Nope", "summary", "x"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fixtures.issue(project)).isEqualTo(project + "-2");
    }
}
