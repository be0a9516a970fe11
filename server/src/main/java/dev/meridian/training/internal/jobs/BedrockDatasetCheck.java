package dev.meridian.training.internal.jobs;

import dev.meridian.pipeline.dataset.Jsonl;
import dev.meridian.pipeline.event.Json;
import dev.meridian.pipeline.records.BedrockRules;
import dev.meridian.pipeline.records.Conversation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a sealed snapshot's Bedrock files and the configured hyper-parameters against {@link BedrockLimits} of the
 * base model, naming the first rule broken. A model without known limits gets the checks every conversation model
 * shares (format, roles, file names, {@value BedrockRules#DEFAULT_MAX_TOKENS} tokens per record).
 */
final class BedrockDatasetCheck {

    private static final Pattern S3_KEY = Pattern.compile("s3://[^/]+/([A-Za-z0-9_\\-/.]+)");

    private final String baseModel;
    private final Optional<BedrockLimits> limits;

    BedrockDatasetCheck(String baseModel) {
        this.baseModel = baseModel;
        this.limits = BedrockLimits.forModel(baseModel);
    }

    /** A snapshot file as Bedrock would get it: {@code uri} in S3, {@code content} UTF-8 JSONL. */
    record DatasetFile(String name, String uri, byte[] content) {
    }

    record Violation(String limit, String detail) {
    }

    Optional<Violation> check(DatasetFile training, DatasetFile validation, Map<String, Number> hyperParameters) {
        return format().or(() -> hyperParameters(hyperParameters))
                .or(() -> Stream.of(training, validation).flatMap(f -> fileName(f).stream()).findFirst())
                .or(() -> counts(training, validation))
                .or(() -> Stream.of(training, validation).flatMap(f -> records(f).stream()).findFirst());
    }

    private Optional<Violation> format() {
        return limits.filter(l -> !BedrockLimits.CONVERSATION.equals(l.format())).map(l -> new Violation("format",
                baseModel + " is customized with " + l.format() + " records; Meridian's snapshots hold "
                        + BedrockLimits.CONVERSATION + " records: choose a conversation model such as Amazon Nova (MERIDIAN_BEDROCK_BASE_MODEL)"));
    }

    private Optional<Violation> hyperParameters(Map<String, Number> values) {
        if (limits.isEmpty()) {
            return Optional.empty();
        }
        var l = limits.get();
        var ranges = new java.util.LinkedHashMap<String, BedrockLimits.Range>();
        ranges.put("epochCount", l.epochCount());
        ranges.put("learningRate", l.learningRate());
        ranges.put("learningRateWarmupSteps", l.learningRateWarmupSteps());
        ranges.put("batchSize", l.batchSize());
        for (var entry : values.entrySet()) {
            var range = ranges.get(entry.getKey());
            double value = entry.getValue().doubleValue();
            if (range == null) {
                return Optional.of(new Violation("hyperParameters." + entry.getKey(), baseModel + " takes no " + entry.getKey()
                        + " hyper-parameter; leave it unset (0)"));
            }
            if (!range.contains(value)) {
                return Optional.of(new Violation("hyperParameters." + entry.getKey(), entry.getKey() + " is " + entry.getValue()
                        + "; " + baseModel + " accepts " + range));
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> fileName(DatasetFile file) {
        if (file == null) {
            return Optional.empty();
        }
        var key = S3_KEY.matcher(file.uri());
        if (!key.matches() || !file.uri().endsWith(".jsonl")) {
            return Optional.of(new Violation("fileName", file.uri() + ": Bedrock takes .jsonl files whose names hold only letters, "
                    + "digits, underscores, hyphens, slashes and dots (check MERIDIAN_S3_PREFIX)"));
        }
        return Optional.empty();
    }

    private Optional<Violation> counts(DatasetFile training, DatasetFile validation) {
        int train = lines(training).size();
        int valid = validation == null ? 0 : lines(validation).size();
        int min = limits.map(BedrockLimits::minTrainingRecords).orElse(1);
        if (train < min) {
            return Optional.of(new Violation("minTrainingRecords", training.name() + " has " + train + " records; " + baseModel
                    + " needs at least " + min + ": let more issues reach the dataset and seal a new snapshot"));
        }
        if (limits.isPresent() && train > limits.get().maxTrainingRecords()) {
            return Optional.of(new Violation("maxTrainingRecords", training.name() + " has " + train + " records; " + baseModel
                    + " takes at most " + limits.get().maxTrainingRecords()));
        }
        if (limits.isPresent() && valid > limits.get().maxValidationRecords()) {
            return Optional.of(new Violation("maxValidationRecords", validation.name() + " has " + valid + " records; "
                    + baseModel + " takes at most " + limits.get().maxValidationRecords()
                    + " (lower MERIDIAN_SNAPSHOT_VALIDATION_PERCENT)"));
        }
        return Optional.empty();
    }

    private Optional<Violation> records(DatasetFile file) {
        if (file == null) {
            return Optional.empty();
        }
        var rules = new BedrockRules(limits.map(BedrockLimits::maxTokensPerRecord).orElse(BedrockRules.DEFAULT_MAX_TOKENS));
        var reserved = limits.map(BedrockLimits::reservedAnywhere).orElse(List.of());
        var lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String where = file.name() + " line " + (i + 1);
            Conversation record;
            try {
                record = Json.MAPPER.readValue(lines.get(i), Conversation.class);
            } catch (RuntimeException e) {
                return Optional.of(new Violation("format", where + " is not a " + BedrockLimits.CONVERSATION + " record"));
            }
            var broken = rules.violation(record);
            if (broken.isPresent()) {
                return Optional.of(new Violation(limitOf(broken.get()), where + ": " + broken.get()));
            }
            for (String text : texts(record)) {
                for (String word : reserved) {
                    if (text.contains(word)) {
                        return Optional.of(new Violation("reservedKeywords", where + " contains \"" + word + "\", which "
                                + baseModel + " reserves (" + String.join(" ", reserved) + "); Bedrock would fail the job"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String limitOf(String violation) {
        if (violation.contains("tokens")) {
            return "maxTokensPerRecord";
        }
        if (violation.contains("reserved")) {
            return "reservedKeywords";
        }
        return violation.startsWith("schemaVersion") ? "schemaVersion" : "roles";
    }

    private static List<String> texts(Conversation record) {
        var texts = new ArrayList<String>();
        if (record.system() != null) {
            record.system().forEach(t -> texts.add(t.text()));
        }
        record.messages().forEach(m -> m.content().forEach(t -> texts.add(t.text())));
        return texts;
    }

    private static List<String> lines(DatasetFile file) {
        return Jsonl.lines(file.content());
    }
}
