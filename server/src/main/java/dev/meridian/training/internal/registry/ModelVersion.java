package dev.meridian.training.internal.registry;

import java.time.Instant;
import java.util.Map;

/**
 * One trained (or failed) model of a project: its lineage (parent version, the sealed dataset snapshot by id and
 * manifest sha256, checksum of the data and the newest change it saw), how it was trained, its held-out metrics,
 * where its artifact lies (a file, or a Bedrock custom model ARN), the engine's job and where it answers.
 */
public record ModelVersion(long id, String projectKey, String kind, int number, String label, String baseModel,
        String trainer, String mode, Long parentId, String datasetSnapshot, String datasetManifestSha256,
        String dataChecksum, Instant trainedThrough, Map<String, Object> parameters, Map<String, Double> metrics,
        String artifact, String externalJob, String inferenceTarget, ModelStatus status, String statusReason,
        Instant createdAt, Instant finishedAt, Instant activatedAt) {
}
