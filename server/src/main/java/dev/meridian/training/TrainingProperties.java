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
 * @param trainer             {@code MERIDIAN_TRAINER} ({@code local}): {@code bedrock} adds Amazon Bedrock model customization,
 *                            which trains the {@code conversation} kind from the project's sealed dataset snapshot; the
 *                            {@code triage-duplicates} kind the inference API answers with is always trained in-process
 * @param bedrock             the Bedrock trainer's settings (used when {@code trainer} is {@code bedrock})
 */
@ConfigurationProperties("meridian.training")
public record TrainingProperties(
        @DefaultValue({"priority", "type", "component", "label", "affectsVersion", "assignee", "storyPoints"}) List<String> fields,
        @DefaultValue("2") int minIssues,
        @DefaultValue("0.01") double promotionMargin,
        @DefaultValue("0.02") double regressionTolerance,
        @DefaultValue("true") boolean autoPromote,
        @DefaultValue("64") int embeddingBatch,
        @DefaultValue("500") int newRecords,
        @DefaultValue("0") int scheduleHours,
        @DefaultValue("300") int checkSeconds,
        @DefaultValue("local") String trainer,
        @DefaultValue Bedrock bedrock) {

    /**
     * Amazon Bedrock model customization ({@code CreateModelCustomizationJob}).
     *
     * @param roleArn                 {@code MERIDIAN_BEDROCK_ROLE_ARN}: the service role Bedrock assumes to read the snapshot
     *                                and write its output (required)
     * @param baseModel               {@code MERIDIAN_BEDROCK_BASE_MODEL} ({@code amazon.nova-micro-v1:0:128k}): the model to customize
     * @param customizationType       {@code MERIDIAN_BEDROCK_CUSTOMIZATION_TYPE} ({@code FINE_TUNING})
     * @param epochCount              {@code MERIDIAN_BEDROCK_EPOCHS} (2)
     * @param learningRate            {@code MERIDIAN_BEDROCK_LEARNING_RATE} (0.00001)
     * @param learningRateWarmupSteps {@code MERIDIAN_BEDROCK_WARMUP_STEPS} (10)
     * @param batchSize               {@code MERIDIAN_BEDROCK_BATCH_SIZE} (0: not sent; Nova models take none)
     * @param endpoint                {@code MERIDIAN_BEDROCK_ENDPOINT}: empty for Amazon Bedrock in {@code AWS_REGION}
     * @param inferenceTarget         {@code MERIDIAN_BEDROCK_INFERENCE_TARGET}: a custom model deployment or provisioned
     *                                throughput ARN recorded as where a new version answers
     * @param createDeployment        {@code MERIDIAN_BEDROCK_CREATE_DEPLOYMENT} (false): create an on-demand custom model
     *                                deployment for each new version ({@code CreateCustomModelDeployment})
     * @param pollSeconds             {@code MERIDIAN_BEDROCK_POLL_SECONDS} (60): how often the job's status is read
     * @param expectedMinutes         {@code MERIDIAN_BEDROCK_EXPECTED_MINUTES} (120): the job length progress is scaled to
     */
    public record Bedrock(String roleArn,
            @DefaultValue("amazon.nova-micro-v1:0:128k") String baseModel,
            @DefaultValue("FINE_TUNING") String customizationType,
            @DefaultValue("2") int epochCount,
            @DefaultValue("0.00001") double learningRate,
            @DefaultValue("10") int learningRateWarmupSteps,
            @DefaultValue("0") int batchSize,
            String endpoint,
            String inferenceTarget,
            @DefaultValue("false") boolean createDeployment,
            @DefaultValue("60") int pollSeconds,
            @DefaultValue("120") int expectedMinutes) {

        public Bedrock {
            roleArn = blankToNull(roleArn);
            endpoint = blankToNull(endpoint);
            inferenceTarget = blankToNull(inferenceTarget);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
