package dev.meridian.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.queue.Queue;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The relay loop is off in these tests; each test drives the relay by hand. */
@MeridianTest
class OutboxRelayTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Queue queue;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void publishesEveryEventOnceInOrderAcrossARestart() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        for (int i = 0; i < 3; i++) {
            fixtures.issue(project);
        }
        var relay = new OutboxRelay(jdbc, queue, json);
        relay.ensureCursor();
        relay.publishNext(2);
        var restarted = new OutboxRelay(jdbc, queue, json);
        while (restarted.publishNext(100) > 0) {
            // drain
        }
        var ids = drain().stream().filter(m -> m.path("projectKey").asString("").equals(project))
                .map(m -> m.get("eventId").asLong()).toList();
        var expected = jdbc.sql("select id from outbox where project_key = ? order by id").param(project).query(Long.class).list();
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(restarted.backlog().events()).isZero();
    }

    @Test
    void waitsForATransactionStillRunningBeforePublishingLaterOnes() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var relay = new OutboxRelay(jdbc, queue, json);
        relay.ensureCursor();
        while (relay.publishNext(100) > 0) {
            // publish everything older first
        }
        drain();
        var inserted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var slow = new Thread(() -> transactions.executeWithoutResult(status -> {
            insertEvent(project, "slow");
            inserted.countDown();
            await(release);
        }));
        slow.start();
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(status -> insertEvent(project, "fast"));

        relay.publishNext(100);
        assertThat(drain()).noneMatch(m -> m.path("projectKey").asString("").equals(project));

        release.countDown();
        slow.join();
        relay.publishNext(100);
        var published = drain().stream().filter(m -> m.path("projectKey").asString("").equals(project))
                .map(m -> m.get("aggregateId").asString()).toList();
        assertThat(published).containsExactly("slow", "fast");
    }

    @Test
    void exposesTheBacklogAndQueueDepthAsMetrics() {
        var metrics = dev.meridian.support.Api.admin(port).header("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("meridian_outbox_backlog").contains("meridian_queue_visible")
                .contains("meridian_queue_dead_letters").contains("meridian_outbox_oldest_age_seconds");
    }

    private void insertEvent(String project, String id) {
        jdbc.sql("insert into outbox (aggregate_type, aggregate_id, event_type, project_key, payload) values ('issue', ?, 'issue.updated', ?, '{}')")
                .params(id, project).update();
    }

    private List<JsonNode> drain() {
        var all = new ArrayList<JsonNode>();
        while (true) {
            var batch = queue.receive(10, Duration.ZERO);
            if (batch.isEmpty()) {
                return all;
            }
            batch.forEach(m -> all.add(json.readTree(m.body())));
            queue.delete(batch.stream().map(m -> m.receiptHandle()).toList());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
