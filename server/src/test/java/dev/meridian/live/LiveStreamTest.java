package dev.meridian.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.EventStream;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class LiveStreamTest {

    @LocalServerPort
    int port;

    private String hiddenKey = "";

    @Test
    void aChangeBySomeoneElseReachesAnOpenStreamOfAProjectMemberOnly() throws Exception {
        var fixtures = new Fixtures(port);
        var mine = fixtures.project();
        var theirs = fixtures.project();
        var watcher = fixtures.user("watcher");
        fixtures.member(mine, watcher, "viewer");
        var issue = fixtures.issue(mine);
        var hidden = fixtures.issue(theirs);
        hiddenKey = "\"projectKey\":\"" + theirs + "\"";

        try (var stream = Stream.of(open("watcher")).findFirst().orElseThrow()) {
            var events = stream.connect(Fixtures.email(watcher), "password-watcher", null);
            assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("event:ready");

            var admin = fixtures.admin();
            admin.patch("/api/v1/issues/" + hidden, Map.of("summary", "A change the watcher must not see"));
            var changed = admin.patch("/api/v1/issues/" + issue, Map.of("summary", "Renamed while you watch"));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

            // Events committed just before the stream opened (the membership above) may still arrive first.
            var event = next(events, "\"type\":\"issue.updated\"");
            assertThat(event).as("the watcher gets the change to their project's issue").isNotNull()
                    .contains("event:change", "\"id\":\"" + issue + "\"", "\"projectKey\":\"" + mine + "\"");

            var commented = admin.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Seen live"));
            assertThat(commented.status()).as(commented.toString()).isEqualTo(201);
            var comment = next(events, "\"type\":\"comment.added\"");
            assertThat(comment).as("a comment event names the issue it is on").isNotNull()
                    .contains("\"type\":\"comment.added\"", "\"issueKeys\":[\"" + issue + "\"]");
        }
    }

    /** The next event containing {@code marker}; fails if any event before it leaks another project's issue. */
    private String next(BlockingQueue<String> events, String... markers) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            var event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                return null;
            }
            assertThat(event).as("no event about a project the watcher cannot browse").doesNotContain(hiddenKey);
            if (java.util.Arrays.stream(markers).allMatch(event::contains)) {
                return event;
            }
        }
        return null;
    }

    @Test
    void aStreamThatReconnectsWithItsLastEventIdGetsWhatItMissed() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var reader = fixtures.user("reader");
        fixtures.member(project, reader, "viewer");
        var issue = fixtures.issue(project);
        var admin = fixtures.admin();
        var about = "\"id\":\"" + issue + "\"";
        hiddenKey = "\"projectKey\":\"NO-SUCH-PROJECT\"";
        String lastSeen;
        try (var stream = new EventStream(port)) {
            var events = stream.connect(Fixtures.email(reader), "password-reader", null);
            assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("event:ready");
            admin.patch("/api/v1/issues/" + issue, Map.of("summary", "Seen"));
            var seen = next(events, about, "\"version\":2");
            assertThat(seen).isNotNull();
            lastSeen = seen.replaceFirst("^.*?id:([0-9]+).*$", "$1");
        }
        admin.patch("/api/v1/issues/" + issue, Map.of("summary", "Missed once"));
        admin.post("/api/v1/issues/" + issue + "/watchers?email=" + Fixtures.email(reader), null);
        admin.patch("/api/v1/issues/" + issue, Map.of("summary", "Missed twice"));

        try (var stream = new EventStream(port)) {
            var events = stream.connect(Fixtures.email(reader), "password-reader", lastSeen);
            assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("event:ready").contains("\"resumed\":true");
            assertThat(next(events, about, "\"version\":3")).as("the first change it missed").isNotNull();
            assertThat(next(events, "watcher.added")).as("watching is a change too, naming its issue")
                    .contains("\"issueKeys\":[\"" + issue + "\"]");
            assertThat(next(events, about, "\"version\":4")).as("the second change it missed").isNotNull();
        }
        try (var stream = new EventStream(port)) {
            var events = stream.connect(Fixtures.email(reader), "password-reader", "999999999");
            assertThat(events.poll(10, TimeUnit.SECONDS)).as("an unknown id starts afresh").contains("\"resumed\":false");
        }
    }

    @Test
    void anonymousCallersAreAskedToLogIn() {
        Problems.assertProblem(Api.anonymous(port).get("/api/v1/stream"), 401);
    }

    private EventStream open(String name) {
        return new EventStream(port);
    }
}
