package dev.meridian.training.internal.jobs;

import dev.meridian.training.internal.registry.ModelVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The port a training job runs through: the in-process local trainer, or (later) Amazon Bedrock model customization. */
public interface Trainer {

    /** {@code local} or {@code bedrock}, as the registry records it. */
    String name();

    String baseModel();

    /** Hyper-parameters and settings the registry records beside the version. */
    Map<String, Object> parameters();

    /**
     * Trains the model described by {@code request}, reporting progress and stopping (with {@link Cancelled}) at its next
     * checkpoint after a cancel. A {@link Refused} is a reason the user can act on (too few issues, nothing new).
     */
    Result train(Request request, Progress progress);

    /** {@code parent}: the active version an incremental run starts from (null for a full run). */
    record Request(String projectKey, String kind, String mode, String label, Path artifact, ModelVersion parent) {
    }

    record Result(Map<String, Double> metrics, String dataChecksum, Instant trainedThrough, int issues, int duplicateLinks) {
    }

    interface Progress {

        /** Throws {@link Cancelled} when the job was asked to stop. */
        void report(int percent, String line);

        void checkpoint();
    }

    final class Cancelled extends RuntimeException {

        public Cancelled() {
            super("cancelled on request");
        }
    }

    final class Refused extends RuntimeException {

        public Refused(String reason) {
            super(reason);
        }
    }
}
