package dev.meridian.training.internal.registry;

import java.time.Instant;
import java.util.Map;

/**
 * One trained (or failed) model of a project: its lineage (parent version, dataset snapshot, checksum of the data and
 * the newest change it saw), how it was trained, its held-out metrics and where its artifact lies.
 */
public record ModelVersion(long id, String projectKey, String kind, int number, String label, String baseModel,
        String trainer, String mode, Long parentId, String datasetSnapshot, String dataChecksum, Instant trainedThrough,
        Map<String, Object> parameters, Map<String, Double> metrics, String artifact, ModelStatus status,
        String statusReason, Instant createdAt, Instant finishedAt, Instant activatedAt) {
}
