package dev.meridian.training.internal.jobs;

import dev.meridian.training.internal.registry.ModelVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The port a training job runs through: the in-process local trainer, or Amazon Bedrock model customization. */
public interface Trainer {

    /** {@code local} or {@code bedrock}, as the registry records it. */
    String name();

    /** The model kinds this trainer makes. */
    Set<String> kinds();

    String baseModel();

    /** Hyper-parameters and settings the registry records beside the version. */
    Map<String, Object> parameters();

    /**
     * Runs in the request that starts a job, before anything is queued: a {@link Refused} here is the caller's problem
     * (a 422 naming the limit). Returns the sealed snapshot the job must train from, or null to let the job resolve
     * its lineage when it runs.
     */
    default Lineage check(String projectKey) {
        return null;
    }

    /**
     * Trains the model described by {@code request}, reporting progress and stopping (with {@link Cancelled}) at its next
     * checkpoint after a cancel. A {@link Refused} is a reason the user can act on (too few issues, nothing new); a
     * {@link Failed} is the engine's own failure, in its words.
     */
    Result train(Request request, Progress progress);

    /** True when the trainer's jobs run outside the server (Bedrock), so another server can follow one to its end. */
    default boolean resumes() {
        return false;
    }

    /**
     * Follows a job the engine runs as {@code externalJob}, started by a server that stopped since, to its end: the same
     * result as {@link #train} would have returned.
     */
    default Result resume(Request request, String externalJob, Progress progress) {
        throw new UnsupportedOperationException("the " + name() + " trainer runs its jobs in the server: they cannot be resumed");
    }

    /**
     * {@code parent}: the active version an incremental run starts from (null for a full run); {@code lineage}: the
     * sealed dataset snapshot the run trains from or records (null when the project has none).
     */
    record Request(String projectKey, String kind, String mode, String label, Path artifact, ModelVersion parent,
            Lineage lineage) {
    }

    /** A sealed dataset snapshot by id, pinned by the sha256 of its manifest. */
    record Lineage(String snapshotId, String manifestSha256, Instant sealedAt, long records) {
    }

    /**
     * {@code artifact}: where the model is (a file for the local trainer, the custom model ARN for Bedrock);
     * {@code externalJob} and {@code inferenceTarget}: the engine's job and where the model answers (null locally).
     */
    record Result(Map<String, Double> metrics, String dataChecksum, Instant trainedThrough, String artifact,
            String externalJob, String inferenceTarget) {
    }

    interface Progress {

        /** Throws {@link Cancelled} when the job was asked to stop. */
        void report(int percent, String line);

        void checkpoint();

        /** The engine accepted the job as {@code externalJob}: recorded at once, so that another server can follow it. */
        default void externalJob(String externalJob) {
        }
    }

    final class Cancelled extends RuntimeException {

        public Cancelled() {
            this("cancelled on request");
        }

        public Cancelled(String reason) {
            super(reason);
        }
    }

    final class Refused extends RuntimeException {

        private final String limit;

        public Refused(String reason) {
            this(reason, null);
        }

        /** {@code limit}: the name of the rule the data or the request broke, for the problem+json answer. */
        public Refused(String reason, String limit) {
            super(reason);
            this.limit = limit;
        }

        public String limit() {
            return limit;
        }
    }

    final class Failed extends RuntimeException {

        public Failed(String reason) {
            super(reason);
        }
    }
}
