package dev.meridian.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.events.Outbox;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.PipelineLeader;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.SealedDataset;
import dev.meridian.support.TestDataDir;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay stopped and started while edits keep coming, a second relay publishing from the same cursor at the same
 * time, and a cursor set back as a crash before its update would leave it: every event reaches the dataset, none is
 * skipped, and the duplicates change nothing there. And while another server on the database leads, this one relays and
 * stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "meridian.durable=false",
        "meridian.bootstrap.demo-project=false",
        "meridian.bootstrap.admin-email=" + Api.ADMIN_EMAIL,
        "meridian.bootstrap.admin-password=" + Api.ADMIN_PASSWORD,
        "meridian.pipeline.enabled=true",
        "meridian.pipeline.relay-interval-ms=50",
        "meridian.pipeline.queue.visibility-timeout=5s",
        "logging.level.root=warn"})
@Import(TestDataDir.class)
@DirtiesContext
class RelayRestartTest {

    private static final int ISSUES = 30;

    @LocalServerPort
    int port;
    @Autowired
    RelayLoop loop;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Queue queue;
    @Autowired
    JsonMapper json;
    @Autowired
    Outbox outbox;
    @Autowired
    ObjectStore datasetStore;
    @Autowired
    PipelineLeader leader;
    @Autowired
    DataSource dataSource;

    @Test
    void restartsAndASecondRelayOnTheSameCursorLoseNothingAndTheirDuplicatesChangeNothing() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var writing = new AtomicBoolean(true);
        var edits = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 1; i <= ISSUES; i++) {
                    var key = fixtures.issue(project, fixtures.admin(), "Issue " + i);
                    fixtures.admin().patch("/api/v1/issues/" + key, Map.of("summary", "Issue " + i + ", edited"));
                }
            } finally {
                writing.set(false);
            }
        });
        var second = new OutboxRelay(jdbc, queue, json);
        while (writing.get()) {
            loop.stop();
            second.publishNext(7);
            loop.start();
            second.publishNext(7);
            Thread.sleep(30);
        }
        edits.get();

        var events = jdbc.sql("select id from outbox where project_key = ? order by id").param(project).query(Long.class).list();
        await(() -> SealedDataset.processedEvents(datasetStore, project).equals(events));
        var documents = SealedDataset.documents(datasetStore, project);
        assertThat(documents).hasSize(ISSUES).extracting(SealedDataset.Document::text)
                .allSatisfy(text -> assertThat(text).contains(", edited"));

        var stored = snapshotOfDatasets(project);
        jdbc.sql("update outbox_cursors set last_tx = o.tx_id, last_id = o.id - 1 from outbox o where name = ? and o.id = ?")
                .params(OutboxRelay.CURSOR, events.get(0)).update();
        await(() -> outbox.backlog().events() == 0 && queue.stats().visible() + queue.stats().inFlight() == 0);

        assertThat(snapshotOfDatasets(project)).as("replayed events are skipped: no shard written again").isEqualTo(stored);
        assertThat(SealedDataset.processedEvents(datasetStore, project)).isEqualTo(events);
        assertThat(queue.stats().deadLetters()).isZero();
    }

    @Test
    void aServerThatDoesNotLeadNeitherRelaysNorStoresUntilTheLeaderStops() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var otherServer = new PipelineLeader(dataSource, Clock.systemUTC());
        try {
            await(() -> {
                leader.close();
                return otherServer.leads();
            });
            fixtures.issue(project, fixtures.admin(), "Written while another server leads");
            Thread.sleep(1000); // twenty relay rounds

            assertThat(outbox.backlog().events()).as("not relayed by a server that does not lead").isPositive();
            assertThat(fixtures.admin().get("/api/v1/pipeline/status").json().path("leader").asBoolean()).isFalse();
        } finally {
            otherServer.close();
        }
        var events = jdbc.sql("select id from outbox where project_key = ? order by id").param(project).query(Long.class).list();
        await(() -> SealedDataset.processedEvents(datasetStore, project).equals(events));
        assertThat(fixtures.admin().get("/api/v1/pipeline/status").json().path("leader").asBoolean()).isTrue();
    }

    private Map<String, String> snapshotOfDatasets(String project) {
        return datasetStore.list("datasets/" + project + "/").stream()
                .collect(Collectors.toMap(key -> key, key -> new String(datasetStore.get(key).orElseThrow())));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("reached within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
