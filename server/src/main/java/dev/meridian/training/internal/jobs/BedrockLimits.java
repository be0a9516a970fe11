package dev.meridian.training.internal.jobs;

import java.util.List;
import java.util.Optional;

/**
 * What Bedrock accepts for a base model, checked before a job is created so a bad dataset is refused in seconds and
 * not after a billed queue wait. Sources (Amazon Bedrock and Amazon Nova user guides): Nova Micro, Lite and Pro take
 * conversation records ({@code bedrock-conversation-2024}), roles user/assistant starting with user and ending with
 * assistant, and fail a job whose prompts contain {@code User:}, {@code Bot:}, {@code Assistant:}, {@code System:},
 * {@code <image>}, {@code <video>} or {@code [EOS]} anywhere; file names may hold only letters, digits, underscores,
 * hyphens, slashes and dots; hyper-parameters epochCount 1–5, learningRate 1e-6–1e-4, learningRateWarmupSteps
 * 0–100, no batch size. Record counts and the per-record token bound (8 to 20,000 training records for Micro and
 * Lite, 10,000 for Pro, at most 1,000 validation records, 32,000 tokens per record) are the service quotas as
 * documented when this was written; Bedrock may raise them per account.
 */
record BedrockLimits(String modelPrefix, String format, int minTrainingRecords, int maxTrainingRecords,
        int maxValidationRecords, int maxTokensPerRecord, List<String> reservedAnywhere, Range epochCount,
        Range learningRate, Range learningRateWarmupSteps, Range batchSize) {

    static final String CONVERSATION = "bedrock-conversation-2024";
    private static final List<String> NOVA_RESERVED = List.of("User:", "Bot:", "Assistant:", "System:", "<image>", "<video>", "[EOS]");

    static final List<BedrockLimits> KNOWN = List.of(
            nova("amazon.nova-micro", 20_000),
            nova("amazon.nova-lite", 20_000),
            nova("amazon.nova-pro", 10_000),
            // Titan Text takes prompt/completion records, which the snapshot does not hold.
            new BedrockLimits("amazon.titan-text", "prompt-completion", 1, 10_000, 1_000, 4_096, List.of(),
                    new Range(1, 10), new Range(0, 1), new Range(0, 250), new Range(1, 64)));

    /** The limits of the model {@code baseModel} names (an id or an ARN ending in one); empty for a model not listed. */
    static Optional<BedrockLimits> forModel(String baseModel) {
        String id = baseModel.substring(baseModel.lastIndexOf('/') + 1);
        return KNOWN.stream().filter(limits -> id.startsWith(limits.modelPrefix())).findFirst();
    }

    private static BedrockLimits nova(String prefix, int maxTraining) {
        return new BedrockLimits(prefix, CONVERSATION, 8, maxTraining, 1_000, 32_000, NOVA_RESERVED,
                new Range(1, 5), new Range(1e-6, 1e-4), new Range(0, 100), null);
    }

    /** Inclusive bounds; a null range means the model takes no such hyper-parameter. */
    record Range(double min, double max) {

        boolean contains(double value) {
            return value >= min && value <= max;
        }

        @Override
        public String toString() {
            return (min == Math.rint(min) && max == Math.rint(max) ? "%.0f–%.0f" : "%s–%s").formatted(min, max);
        }
    }
}
