package dev.meridian.platform;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * The training-data flow: outbox relay → queue → dataset worker → object store. Each setting is read from the
 * environment variable named here (the mapping is in application.yml); the defaults run on one machine.
 *
 * @param enabled           {@code MERIDIAN_PIPELINE_ENABLED} (true): run the relay and the dataset worker
 * @param relayIntervalMs   {@code MERIDIAN_PIPELINE_RELAY_INTERVAL_MS} (200): the relay's pause once the outbox is drained
 * @param workerConcurrency {@code MERIDIAN_PIPELINE_WORKER_CONCURRENCY} (1): in-process pollers feeding the worker
 * @param workerBatchSize   {@code MERIDIAN_PIPELINE_WORKER_BATCH_SIZE} (500): messages per worker invocation at most, as
 *                          the {@code BatchSize} of a Lambda's SQS event source (taken in receives of 10)
 * @param pseudonymKey      {@code MERIDIAN_PSEUDONYM_KEY}: base64, at least 16 bytes; empty: one generated on the first start
 *                          and kept in {@code $MERIDIAN_DATA_DIR/secrets/pseudonym.key}
 * @param awsRegion         {@code AWS_REGION} (us-east-1): the region of SQS and S3
 * @param snapshots         when dataset snapshots are sealed, and how many are kept
 */
@ConfigurationProperties("meridian.pipeline")
public record PipelineProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200") long relayIntervalMs,
        @DefaultValue("1") int workerConcurrency,
        @DefaultValue("500") int workerBatchSize,
        @DefaultValue("") String pseudonymKey,
        @DefaultValue("us-east-1") String awsRegion,
        @DefaultValue Queue queue,
        @DefaultValue Store store,
        @DefaultValue Snapshots snapshots) {

    public enum QueueType { POSTGRES, SQS }

    /**
     * The queue between the relay and the worker.
     *
     * @param type              {@code MERIDIAN_QUEUE}: {@code postgres} (queue tables in the database) or {@code sqs}
     * @param sqsEndpoint       {@code MERIDIAN_SQS_ENDPOINT}: an SQS-compatible server; empty for Amazon SQS in {@code AWS_REGION}
     * @param sqsQueue          {@code MERIDIAN_SQS_QUEUE} (meridian-changes); created if missing, with {@code <name>-dlq}
     *                          as its dead-letter queue and the redrive policy between them; a name ending in
     *                          {@code .fifo} makes both FIFO queues, one message group per project, so that several
     *                          workers (Lambda invocations) never handle one project's changes at once
     * @param visibilityTimeout how long a received batch stays hidden (60 s); the worker's time budget per batch is
     *                          this less a margin for deleting it
     * @param maxReceiveCount   receives after which a message goes to the dead-letter queue (5)
     * @param waitTime          how long an empty receive waits for a message (2 s)
     */
    public record Queue(
            @DefaultValue("postgres") String type,
            @DefaultValue("") String sqsEndpoint,
            @DefaultValue("meridian-changes") String sqsQueue,
            @DefaultValue("60s") Duration visibilityTimeout,
            @DefaultValue("5") int maxReceiveCount,
            @DefaultValue("2s") Duration waitTime) {

        public Queue {
            kind(type);
        }

        public QueueType kind() {
            return kind(type);
        }

        private static QueueType kind(String type) {
            try {
                return QueueType.valueOf(type.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("MERIDIAN_QUEUE must be postgres or sqs, not '" + type + "'", e);
            }
        }
    }

    /**
     * Where the worker stores training data: {@code $MERIDIAN_DATA_DIR/objects}, or S3 when a bucket is named.
     *
     * @param s3Bucket      {@code MERIDIAN_S3_BUCKET}
     * @param s3Prefix      {@code MERIDIAN_S3_PREFIX}: put before every key, e.g. {@code meridian/}
     * @param s3Endpoint    {@code MERIDIAN_S3_ENDPOINT}: an S3-compatible server (path-style addressing)
     * @param s3KmsKeyId    {@code MERIDIAN_S3_KMS_KEY_ID}: SSE-KMS under this key instead of SSE-S3
     * @param encryptionKey {@code MERIDIAN_ENCRYPTION_KEY}: base64 of 32 bytes; objects are also AES-256-GCM encrypted
     *                      before they leave the process (local folder or S3)
     */
    public record Store(
            @DefaultValue("") String s3Bucket,
            @DefaultValue("") String s3Prefix,
            @DefaultValue("") String s3Endpoint,
            @DefaultValue("") String s3KmsKeyId,
            @DefaultValue("") String encryptionKey) {

        @Override
        public String toString() {
            return "Store[s3Bucket=" + s3Bucket + ", s3Prefix=" + s3Prefix + ", s3Endpoint=" + s3Endpoint
                    + ", s3KmsKeyId=" + s3KmsKeyId + ", encryptionKey=" + (encryptionKey.isBlank() ? "" : "***") + "]";
        }
    }

    /**
     * Sealing dataset snapshots (what a trainer reads) and retention.
     *
     * @param everyRecords      {@code MERIDIAN_SNAPSHOT_EVERY_RECORDS} (5000): seal a project once this many new records
     *                          were stored since its last snapshot (counted by this server's worker); 0 turns it off
     * @param schedule          {@code MERIDIAN_SNAPSHOT_SCHEDULE} (daily at 03:00 UTC): a cron expression (second minute
     *                          hour day month weekday) for sealing every project with new records and applying retention;
     *                          {@code -} turns it off
     * @param keep              {@code MERIDIAN_SNAPSHOT_KEEP} (5): sealed snapshots kept per project, besides those a
     *                          model was trained on
     * @param validationPercent {@code MERIDIAN_SNAPSHOT_VALIDATION_PERCENT} (10): issues held out for validation, 0–50
     */
    public record Snapshots(
            @DefaultValue("5000") int everyRecords,
            @DefaultValue("0 0 3 * * *") String schedule,
            @DefaultValue("5") int keep,
            @DefaultValue("10") int validationPercent) {

        public Snapshots {
            if (keep < 1) {
                throw new IllegalArgumentException("MERIDIAN_SNAPSHOT_KEEP must be at least 1, not " + keep);
            }
            if (validationPercent < 0 || validationPercent > 50) {
                throw new IllegalArgumentException("MERIDIAN_SNAPSHOT_VALIDATION_PERCENT must be 0 to 50, not " + validationPercent);
            }
            if (!schedule.isBlank() && !schedule.equals("-") && !CronExpression.isValidExpression(schedule)) {
                throw new IllegalArgumentException("MERIDIAN_SNAPSHOT_SCHEDULE must be a cron expression such as '0 0 3 * * *' "
                        + "(second minute hour day month weekday) or '-', not '" + schedule + "'");
            }
        }

        public boolean scheduled() {
            return !schedule.isBlank() && !schedule.equals("-");
        }
    }

    @Override
    public String toString() {
        return "PipelineProperties[enabled=" + enabled + ", relayIntervalMs=" + relayIntervalMs + ", workerConcurrency="
                + workerConcurrency + ", workerBatchSize=" + workerBatchSize + ", pseudonymKey=" + (pseudonymKey.isBlank() ? "" : "***") + ", awsRegion=" + awsRegion
                + ", queue=" + queue + ", store=" + store + ", snapshots=" + snapshots + "]";
    }
}
