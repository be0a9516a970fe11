package dev.meridian.training.internal.jobs;

import java.util.Optional;

/** What a trainer reads of a project's training data: its sealed dataset snapshots, and where they lie in S3. */
interface TrainingData {

    /** Seals the project's records now (or returns the latest snapshot when nothing new arrived); empty when none. */
    Optional<Trainer.Lineage> seal(String projectKey);

    /** The lineage of a snapshot sealed before (a job resumed by another server trains on it still); empty when gone. */
    Optional<Trainer.Lineage> sealed(String projectKey, String snapshotId);

    /** One file of a sealed snapshot ({@code train.jsonl}, {@code validation.jsonl}, …). */
    Optional<byte[]> read(String projectKey, String snapshotId, String fileName);

    /** Where Bedrock finds that file; empty when the data is not in S3 or is encrypted in the process. */
    Optional<String> s3Uri(String projectKey, String snapshotId, String fileName);

    /** The S3 URI of a key of the same store, e.g. where Bedrock writes a job's output. */
    Optional<String> s3Uri(String key);
}
