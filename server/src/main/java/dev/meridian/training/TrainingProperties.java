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
 * @param newRecords          {@code MERIDIAN_TRAINING_NEW_RECORDS} (500): an incremental job starts by itself once this many
 *                            issues were created or changed since the active version was trained; 0 turns it off
 * @param scheduleHours       {@code MERIDIAN_TRAINING_SCHEDULE_HOURS} (0: off): a full retraining once the active version
 *                            is this old
 * @param checkSeconds        {@code MERIDIAN_TRAINING_CHECK_SECONDS} (300): how often both triggers are checked
 */
@ConfigurationProperties("meridian.training")
public record TrainingProperties(
        @DefaultValue({"priority", "type", "component", "affectsVersion", "assignee"}) List<String> fields,
        @DefaultValue("2") int minIssues,
        @DefaultValue("0.01") double promotionMargin,
        @DefaultValue("0.02") double regressionTolerance,
        @DefaultValue("true") boolean autoPromote,
        @DefaultValue("64") int embeddingBatch,
        @DefaultValue("500") int newRecords,
        @DefaultValue("0") int scheduleHours,
        @DefaultValue("300") int checkSeconds) {
}
