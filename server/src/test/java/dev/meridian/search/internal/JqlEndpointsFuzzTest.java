package dev.meridian.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Garbage and random queries through the real endpoints: an answer or a 400, never a server error. */
@MeridianTest
class JqlEndpointsFuzzTest {

    private static final int RUNS = 250;

    @LocalServerPort
    int port;

    @Test
    void randomQueriesOnRealFieldsAreAnsweredOrRefusedNeverFail() {
        var admin = setUp();
        for (long seed = 0; seed < RUNS; seed++) {
            var jql = JqlPrinter.print(new RandomQueries(seed, true).query());
            var r = admin.get("/api/v1/search?maxResults=5&jql=" + encode(jql));
            assertThat(r.status()).as("seed %d: %s → %s", seed, jql, r).isIn(200, 400);
        }
    }

    @Test
    void randomTextIsRefusedWithAPositionAndAutocompleteCopesWithIt() {
        var admin = setUp();
        for (long seed = 0; seed < RUNS; seed++) {
            var random = new RandomQueries(seed);
            var text = random.noise();
            var r = admin.get("/api/v1/search?maxResults=5&jql=" + encode(text));
            assertThat(r.status()).as("seed %d: %s → %s", seed, text, r).isIn(200, 400);
            if (r.status() == 400 && r.json().has("errorMessages")) {
                assertThat(r.json().get("character").asInt()).as("seed %d: %s → %s", seed, text, r).isPositive();
            }
            int cursor = (int) (seed % (text.length() + 1));
            var suggestions = admin.get("/api/v1/jql/autocomplete?cursor=" + cursor + "&jql=" + encode(text));
            assertThat(suggestions.status()).as("seed %d: autocomplete %s at %d → %s", seed, text, cursor, suggestions).isEqualTo(200);
        }
    }

    private Api setUp() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.issue(project);
        return fixtures.admin();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
