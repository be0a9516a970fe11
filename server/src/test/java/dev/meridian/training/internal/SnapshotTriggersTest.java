package dev.meridian.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.BatchOutcome;
import dev.meridian.pipeline.dataset.ProjectOutcome;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.records.Task;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.PipelineLeader;
import dev.meridian.platform.PipelineProperties;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.WorkerByHand;
import dev.meridian.training.DatasetSnapshots;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Snapshots sealed without anyone asking: after enough new records, and on the schedule, which also applies retention. */
@MeridianTest
class SnapshotTriggersTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    private PipelineLeader leader;

    @AfterEach
    void stepDown() {
        if (leader != null) {
            leader.close();
        }
    }

    @Autowired
    Queue queue;
    @Autowired
    DatasetWorkerHandler handler;
    @Autowired
    JsonMapper json;
    @Autowired
    DatasetSnapshots snapshots;
    @Autowired
    ObjectStore store;
    @Autowired
    PipelineProperties pipeline;
    @Autowired
    PendingRecords pendingRecords;

    @Test
    void sealsOnceEnoughNewRecordsArrivedAndNotBefore() throws Exception {
        var project = projectWithRecords();
        var triggers = triggers(10, "-");

        triggers.handled(List.of(), outcome(project, 6));
        Thread.sleep(300);
        assertThat(snapshots.list(project)).isEmpty();
        triggers.handled(List.of(), outcome(project, 4));

        await(() -> snapshots.list(project).size() == 1);
        await(() -> triggers.pending(project) == 0);
        triggers.stop();
    }

    @Test
    void keepsCountingRecordsAcrossARestart() throws Exception {
        var project = projectWithRecords();
        var before = triggers(10, "-");
        before.handled(List.of(), outcome(project, 6));
        before.stop();

        var after = triggers(10, "-");
        assertThat(after.pending(project)).isEqualTo(6);
        after.handled(List.of(), outcome(project, 4));

        await(() -> snapshots.list(project).size() == 1);
        after.stop();
    }

    @Test
    void sealsAtStartWhatARestartLeftUnsealed() throws Exception {
        var project = projectWithRecords();
        pendingRecords.add(project, 1_000_000); // more than any other test's project counted, so only this one is sealed

        var triggers = triggers(1_000_000, "-");
        triggers.start();

        await(() -> snapshots.list(project).size() == 1);
        await(() -> triggers.pending(project) == 0);
        triggers.stop();
    }

    @Test
    void sealsEveryProjectWithNewRecordsOnTheSchedule() throws Exception {
        var fixtures = new Fixtures(port);
        var project = projectWithRecords();
        var triggers = triggers(0, "* * * * * *");
        triggers.start();
        await(() -> snapshots.list(project).size() == 1);
        fixtures.issue(project, fixtures.admin(), "Second issue");
        new WorkerByHand(queue, handler, json).backfill(fixtures.admin(), project);

        await(() -> snapshots.list(project).size() == 2);
        assertThat(triggers.nextRun()).isPresent();
        triggers.stop();
    }

    private String projectWithRecords() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.issue(project, fixtures.admin(), "Balancer skips racks");
        new WorkerByHand(queue, handler, json).backfill(fixtures.admin(), project);
        pendingRecords.sealed(project, Long.MAX_VALUE); // the server's own count of the backfill: these tests count alone
        return project;
    }

    private SnapshotTriggers triggers(int everyRecords, String schedule) {
        var settings = new PipelineProperties(true, pipeline.relayIntervalMs(), 1, 500, "", pipeline.awsRegion(), pipeline.queue(),
                pipeline.store(), new PipelineProperties.Snapshots(everyRecords, schedule, 5, 10));
        if (leader == null) {
            leader = new PipelineLeader(dataSource, Clock.systemUTC());
        }
        return new SnapshotTriggers(snapshots, store, settings, Clock.systemUTC(), pendingRecords, leader);
    }

    private static BatchOutcome outcome(String project, int triageRecords) {
        return new BatchOutcome(List.of(new ProjectOutcome(project, 1, 0, false, Map.of(Task.TRIAGE, triageRecords), 0, Map.of(),
                List.of())), Set.of(), Set.of());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
