package dev.meridian.training;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Training and the model registry. Each setting is read from the environment variable named here (mapping in
 * application.yml).
 *
 * @param fields              {@code MERIDIAN_TRAINING_FIELDS}: the triage heads a model learns, by issue field name
 * @param minIssues           {@code MERIDIAN_TRAINING_MIN_ISSUES} (2): fewer issues than this are refused (nothing to rank against)
 * @param promotionMargin     {@code MERIDIAN_PROMOTION_MARGIN} (0.01): how much a candidate must beat the active version
 *                            on the primary metric to be promoted automatically
 * @param regressionTolerance {@code MERIDIAN_PROMOTION_TOLERANCE} (0.02): how much any other metric may drop
 * @param autoPromote         {@code MERIDIAN_PROMOTION_AUTO} (true): apply the policy when a job ends; false leaves every
 *                            candidate to a manual promote
 * @param embeddingBatch      texts embedded per batch (64)
 */
@ConfigurationProperties("meridian.training")
public record TrainingProperties(
        @DefaultValue({"priority", "type", "component", "affectsVersion", "assignee"}) List<String> fields,
        @DefaultValue("2") int minIssues,
        @DefaultValue("0.01") double promotionMargin,
        @DefaultValue("0.02") double regressionTolerance,
        @DefaultValue("true") boolean autoPromote,
        @DefaultValue("64") int embeddingBatch) {
}
