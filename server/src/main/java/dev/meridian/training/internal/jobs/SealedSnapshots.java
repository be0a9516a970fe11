package dev.meridian.training.internal.jobs;

import dev.meridian.pipeline.dataset.Manifest;
import dev.meridian.training.DatasetSnapshots;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Training data from the pipeline's sealed snapshots. */
@Component
class SealedSnapshots implements TrainingData {

    private final DatasetSnapshots snapshots;

    SealedSnapshots(DatasetSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public Optional<Trainer.Lineage> seal(String projectKey) {
        return snapshots.seal(projectKey).flatMap(m -> lineage(projectKey, m));
    }

    @Override
    public Optional<Trainer.Lineage> sealed(String projectKey, String snapshotId) {
        return snapshots.manifest(projectKey, snapshotId).flatMap(m -> lineage(projectKey, m));
    }

    private Optional<Trainer.Lineage> lineage(String projectKey, Manifest m) {
        return snapshots.manifestSha256(projectKey, m.snapshotId())
                .map(sha -> new Trainer.Lineage(m.snapshotId(), sha, m.sealedAt(), DatasetSnapshots.records(m)));
    }

    @Override
    public Optional<byte[]> read(String projectKey, String snapshotId, String fileName) {
        return snapshots.read(projectKey, snapshotId, fileName);
    }

    @Override
    public Optional<String> s3Uri(String projectKey, String snapshotId, String fileName) {
        return snapshots.s3Uri(projectKey, snapshotId, fileName);
    }

    @Override
    public Optional<String> s3Uri(String key) {
        return snapshots.s3Uri(key);
    }
}
