package dev.meridian.training.internal.jobs;

import java.time.Instant;
import java.util.List;

/**
 * A training job as the API shows it; {@code logs} only when one job is read. {@code owner} names the server running
 * it and {@code heartbeatAt} when that server last said it still does.
 */
public record TrainingJob(long id, String projectKey, String kind, String mode, String trainer, JobStatus status,
        int progress, Integer etaSeconds, boolean cancelRequested, Long modelVersionId, String failure, Long requestedBy,
        Instant createdAt, Instant startedAt, Instant finishedAt, String owner, Instant heartbeatAt, List<LogLine> logs) {

    public record LogLine(Instant at, String line) {
    }

    TrainingJob withLogs(List<LogLine> lines) {
        return new TrainingJob(id, projectKey, kind, mode, trainer, status, progress, etaSeconds, cancelRequested,
                modelVersionId, failure, requestedBy, createdAt, startedAt, finishedAt, owner, heartbeatAt, lines);
    }
}
