package dev.meridian.training.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.pipeline.dataset.Manifest;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.Page;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.Projects;
import dev.meridian.training.DatasetSnapshots;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's training dataset, for its admins: sealed snapshots, sealing one now, retention, and the backfill. */
@RestController
class DatasetsController {

    private static final int RECENT_BACKFILLS = 20;

    private final ProjectAccess access;
    private final Projects projects;
    private final DatasetSnapshots snapshots;
    private final BackfillJobs backfills;

    DatasetsController(ProjectAccess access, Projects projects, DatasetSnapshots snapshots, BackfillJobs backfills) {
        this.access = access;
        this.projects = projects;
        this.snapshots = snapshots;
        this.backfills = backfills;
    }

    /** Newest first. */
    @GetMapping("/api/v1/training/datasets/{project}/snapshots")
    Page<SnapshotView> list(@PathVariable String project, CurrentUser user) {
        var key = access.administer(project, user).key();
        var items = new ArrayList<>(snapshots.list(key).stream().map(SnapshotView::of).toList());
        Collections.reverse(items);
        return new Page<>(0, items.size(), items.size(), List.copyOf(items));
    }

    /** 201 with a new snapshot; 200 with the latest when nothing arrived since, or with none when nothing is stored. */
    @PostMapping("/api/v1/training/datasets/{project}/snapshots")
    ResponseEntity<SealResult> seal(@PathVariable String project, CurrentUser user) {
        var key = trainable(project, user, "sealed");
        var before = snapshots.latest(key).map(Manifest::snapshotId).orElse(null);
        var sealed = snapshots.seal(key);
        if (sealed.isEmpty()) {
            return ResponseEntity.ok(new SealResult(false, null, "No training records of " + key + " are stored yet: they "
                    + "arrive as issues change, or all at once with POST /api/v1/training/datasets/" + key + "/backfill"));
        }
        boolean isNew = !sealed.get().snapshotId().equals(before);
        return ResponseEntity.status(isNew ? HttpStatus.CREATED : HttpStatus.OK).body(new SealResult(isNew, SnapshotView.of(sealed.get()),
                isNew ? "Sealed" : "Nothing new since snapshot " + before + ": it is still the latest"));
    }

    @PostMapping("/api/v1/training/datasets/{project}/retention")
    Map<String, List<String>> retention(@PathVariable String project, CurrentUser user) {
        return Map.of("deleted", snapshots.applyRetention(access.administer(project, user).key()));
    }

    /** 202 with the job, which runs in the background; 200 with the running one while a backfill of the project runs. */
    @PostMapping("/api/v1/training/datasets/{project}/backfill")
    ResponseEntity<BackfillJobs.Job> backfill(@PathVariable String project, CurrentUser user) {
        var start = backfills.start(trainable(project, user, "backfilled"), user.id());
        var job = start.job();
        return ResponseEntity.status(start.started() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/v1/training/datasets/" + job.projectKey() + "/backfills")).body(job);
    }

    /** The project's latest backfills, newest first: status, progress, and the reason of a failed one. */
    @GetMapping("/api/v1/training/datasets/{project}/backfills")
    Page<BackfillJobs.Job> backfills(@PathVariable String project, CurrentUser user) {
        var items = backfills.recent(access.administer(project, user).key(), RECENT_BACKFILLS);
        return new Page<>(0, items.size(), items.size(), items);
    }

    private String trainable(String project, CurrentUser user, String what) {
        var key = access.administer(project, user).key();
        if (!projects.get(key, user).aiTrainingEnabled()) {
            throw new ConflictException("AI training is turned off for " + key + ", so its data is not " + what
                    + "; a project admin can turn it on with PATCH /api/v1/projects/" + key + " {\"aiTrainingEnabled\": true}");
        }
        return key;
    }

    record SealResult(boolean sealed, SnapshotView snapshot, String detail) {
    }

    record SnapshotView(String snapshotId, Instant sealedAt, Manifest.EventRange eventRange, long records,
            Map<String, Manifest.Counts> recordsByTask, Manifest.Split split, int shards, List<Manifest.FileEntry> files) {

        static SnapshotView of(Manifest manifest) {
            return new SnapshotView(manifest.snapshotId(), manifest.sealedAt(), manifest.eventRange(), DatasetSnapshots.records(manifest),
                    manifest.records(), manifest.split(), manifest.shards().size(), manifest.files());
        }
    }
}
