package dev.meridian.assistant;

import dev.meridian.identity.CurrentUser;
import java.util.List;
import java.util.Optional;

/**
 * What the chat asks of the project's active model, implemented over the training module's {@code Inference}; while a
 * project has no active model, the chat ranks similar issues by the words they share (and says so).
 */
public interface ModelInference {

    /**
     * Issues most like {@code issueKey}, best first, only among issues the caller may browse; empty when the project
     * has no active model.
     *
     * @throws dev.meridian.platform.NotFoundException when the issue is unknown or hidden from the caller
     */
    Optional<Similar> similar(String issueKey, int limit, CurrentUser caller);

    /** {@code score}: higher is more alike, not a probability. */
    record Scored(String key, String summary, String status, double score) {
    }

    /** {@code modelVersion}: the registry's label, e.g. {@code HADOOP-local-3}. */
    record Similar(String issueKey, String modelVersion, List<Scored> issues) {
    }
}
