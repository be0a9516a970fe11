package dev.meridian.training.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Training;
import dev.meridian.support.WorkerByHand;
import dev.meridian.training.internal.registry.ModelRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class TrainingTriggersTest {

    @LocalServerPort
    int port;

    @Autowired
    TrainingTriggers triggers;

    @Autowired
    ModelRegistry registry;

    @Autowired
    WorkerByHand worker;

    @Test
    void startsAnIncrementalJobOnceEnoughIssuesChangedSinceTheActiveVersionWasTrained() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var project = fixtures.project();
        fixtures.issue(project, admin, "DataNode fails to start after an upgrade");
        fixtures.issue(project, admin, "Typo in the balancer documentation");
        worker.backfill(admin, project);
        assertThat(Training.train(admin, project, "full").get("status").asString()).isEqualTo("succeeded");
        var active = registry.active(project, TrainingJobs.KIND).orElseThrow();
        assertThat(admin.get("/api/v1/training/staleness?project=" + project).json().get("changedIssues").asLong()).isZero();

        fixtures.issue(project, admin, "DataNode does not start after upgrading to 3.3");
        fixtures.issue(project, admin, "Balancer docs mention a removed option");
        worker.backfill(admin, project);
        var stale = admin.get("/api/v1/training/staleness?project=" + project).json();
        assertThat(stale.get("changedIssues").asLong()).isEqualTo(2);
        assertThat(stale.get("activeVersion").asString()).isEqualTo(active.label());

        assertThat(triggers.check(active, 3, 0)).isEmpty();
        assertThat(triggers.check(active, 0, 1)).as("trained a moment ago: the schedule is not due").isEmpty();
        var job = triggers.check(active, 2, 0).orElseThrow();
        assertThat(job.mode()).isEqualTo("incremental");
        var ended = Training.awaitEnd(admin, job.id());
        assertThat(ended.get("status").asString()).as(ended.toString()).isEqualTo("succeeded");
        assertThat(ended.get("logs").toString()).contains("triggered by 2 new or changed issues since " + active.label());
    }
}
