package dev.meridian.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.EventStream;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class HeartbeatTest {

    @LocalServerPort
    int port;

    @Autowired
    Subscribers subscribers;

    @Test
    void anOpenStreamGetsPingsThatThePageCanSee() throws Exception {
        var fixtures = new Fixtures(port);
        var listener = fixtures.user("listener");
        try (var stream = new EventStream(port)) {
            var events = stream.connect(Fixtures.email(listener), "password-listener", null);
            assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("event:ready");

            subscribers.heartbeat();

            // Comment lines are skipped by the reader, as by EventSource: only a named event counts.
            String event;
            do {
                event = events.poll(10, TimeUnit.SECONDS);
            } while (event != null && event.startsWith("event:change"));
            assertThat(event).isEqualTo("event:ping|data:{}");
        }
    }
}
