package dev.meridian.training;

import java.util.Map;

/**
 * A project's active model version of one kind, as the registry holds it. {@code trainer}: {@code local} or
 * {@code bedrock}; {@code artifact}: where the trained model lies (a file for local, the custom model's ARN for
 * Bedrock).
 */
public record ActiveModel(String projectKey, String kind, String label, String trainer, String baseModel, String artifact,
        Map<String, Object> parameters) {

    /**
     * What to send requests to for a Bedrock-trained version: its {@code inferenceTarget} parameter (a provisioned
     * throughput or custom-model deployment ARN, which a custom model needs to answer), else its artifact.
     */
    public String inferenceTarget() {
        var target = parameters.get("inferenceTarget");
        return target instanceof String s && !s.isBlank() ? s : artifact;
    }
}
