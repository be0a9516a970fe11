package dev.meridian.training;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A kind of model another module trains from a project's data and keeps in the registry (versions, metrics,
 * promotion, rollback), e.g. the assistant's question-intent classifier. A bean implementing it makes its kind a
 * valid {@code kind} of {@code POST /api/v1/training/jobs}; the job runs it on the training thread.
 */
public interface ModelKind {

    /** As the registry records it, e.g. {@code question-intent}. */
    String kind();

    String baseModel();

    Map<String, Object> parameters();

    /** The held-out metric a candidate must not fall below the active version's on (higher is better). */
    String primaryMetric();

    /** How much a candidate must beat the active version by on {@link #primaryMetric()}; 0: at least as good. */
    default double promotionMargin() {
        return 0.0;
    }

    /**
     * Trains a model of {@code projectKey}'s data into {@code artifact}, writing progress lines to {@code log}.
     *
     * @throws IllegalStateException with a reason the user can act on when the project cannot have this model
     */
    Trained train(String projectKey, Path artifact, Consumer<String> log);

    record Trained(Map<String, Double> metrics, String dataChecksum, Instant trainedThrough) {
    }
}
