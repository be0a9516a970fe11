package dev.meridian.training.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.training.internal.jobs.BedrockDatasetCheck.DatasetFile;
import dev.meridian.training.internal.jobs.BedrockDatasetCheck.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bedrock's limits for a base model, checked before a job is created; each refusal names the limit broken. */
class BedrockDatasetCheckTest {

    static final String URI = "s3://meridian-data/meridian/datasets/WEB/snapshots/s0000000000000000042/";
    static final Map<String, Number> DEFAULTS = Map.of("epochCount", 2, "learningRate", 1e-5, "learningRateWarmupSteps", 10);

    @Test
    void acceptsAWellFormedSnapshotForNovaMicro() {
        assertThat(check("amazon.nova-micro-v1:0:128k", SnapshotFolder.records(40), SnapshotFolder.records(5))).isEmpty();
    }

    @Test
    void refusesTooFewTrainingRecords() {
        assertThat(check("amazon.nova-lite-v1:0:300k", SnapshotFolder.records(7), List.of()))
                .contains(new Violation("minTrainingRecords", "train.jsonl has 7 records; amazon.nova-lite-v1:0:300k needs at least 8: "
                        + "let more issues reach the dataset and seal a new snapshot"));
    }

    @Test
    void refusesMoreTrainingRecordsThanTheModelTakes() {
        var lines = repeat(SnapshotFolder.record(1, "Triage WEB-1: a login timeout"), 10_001);
        assertThat(check("amazon.nova-pro-v1:0:300k", lines, List.of())).map(Violation::limit).contains("maxTrainingRecords");
        assertThat(BedrockLimits.forModel("amazon.nova-micro-v1:0:128k")).map(BedrockLimits::maxTrainingRecords).contains(20_000);
    }

    @Test
    void refusesMoreValidationRecordsThanTheModelTakes() {
        var validation = repeat(SnapshotFolder.record(1, "Triage WEB-1: a login timeout"), 1_001);
        assertThat(check("amazon.nova-micro-v1:0:128k", SnapshotFolder.records(20), validation)).get()
                .satisfies(v -> {
                    assertThat(v.limit()).isEqualTo("maxValidationRecords");
                    assertThat(v.detail()).contains("validation.jsonl has 1001 records").contains("MERIDIAN_SNAPSHOT_VALIDATION_PERCENT");
                });
    }

    @Test
    void refusesARecordOverTheTokenBoundNamingItsLine() {
        var train = new ArrayList<>(SnapshotFolder.records(10));
        train.set(3, SnapshotFolder.record(3, "Triage WEB-3: " + "stack frame ".repeat(9_000)));
        assertThat(check("amazon.nova-micro-v1:0:128k", train, List.of())).get().satisfies(v -> {
            assertThat(v.limit()).isEqualTo("maxTokensPerRecord");
            assertThat(v.detail()).startsWith("train.jsonl line 4: about ").endsWith("tokens, over the limit of 32000");
        });
    }

    @Test
    void refusesReservedKeywordsAnywhereInAPromptForNova() {
        var validation = List.of(SnapshotFolder.record(1, "Triage WEB-9: the File System: local disk fills up"));
        assertThat(check("amazon.nova-micro-v1:0:128k", SnapshotFolder.records(10), validation)).get().satisfies(v -> {
            assertThat(v.limit()).isEqualTo("reservedKeywords");
            assertThat(v.detail()).startsWith("validation.jsonl line 1 contains \"System:\", which amazon.nova-micro-v1:0:128k reserves");
        });
        assertThat(check("meta.llama3-1-8b-instruct-v1:0:128k", SnapshotFolder.records(10), validation))
                .as("a model without Nova's rule: only line-start role words are refused").isEmpty();
    }

    @Test
    void refusesRecordsBedrockCannotParseOrWhoseRolesDoNotAlternate() {
        var train = new ArrayList<>(SnapshotFolder.records(10));
        train.set(0, train.get(0).replace("\"role\":\"assistant\"", "\"role\":\"user\""));
        assertThat(check("amazon.nova-micro-v1:0:128k", train, List.of())).map(Violation::limit).contains("roles");
        train.set(0, train.get(0).replace("bedrock-conversation-2024", "bedrock-conversation-2023"));
        assertThat(check("amazon.nova-micro-v1:0:128k", train, List.of())).map(Violation::limit).contains("schemaVersion");
        train.set(0, "{\"prompt\": \"half a record\"");
        assertThat(check("amazon.nova-micro-v1:0:128k", train, List.of()))
                .contains(new Violation("format", "train.jsonl line 1 is not a bedrock-conversation-2024 record"));
    }

    @Test
    void refusesFileNamesBedrockCannotRead() {
        var file = new DatasetFile("train.jsonl", "s3://meridian-data/team data/train.jsonl", bytes(SnapshotFolder.records(10)));
        assertThat(new BedrockDatasetCheck("amazon.nova-micro-v1:0:128k").check(file, null, DEFAULTS)).map(Violation::limit).contains("fileName");
        var notJsonl = new DatasetFile("train.jsonl", "s3://meridian-data/datasets/train.json", bytes(SnapshotFolder.records(10)));
        assertThat(new BedrockDatasetCheck("amazon.nova-micro-v1:0:128k").check(notJsonl, null, DEFAULTS)).map(Violation::limit).contains("fileName");
    }

    @Test
    void refusesHyperParametersOutsideTheModelsRanges() {
        var epochs = new LinkedHashMap<String, Number>(DEFAULTS);
        epochs.put("epochCount", 6);
        assertThat(check("amazon.nova-micro-v1:0:128k", epochs))
                .contains(new Violation("hyperParameters.epochCount", "epochCount is 6; amazon.nova-micro-v1:0:128k accepts 1–5"));
        var batch = new LinkedHashMap<String, Number>(DEFAULTS);
        batch.put("batchSize", 8);
        assertThat(check("amazon.nova-micro-v1:0:128k", batch)).map(Violation::limit).contains("hyperParameters.batchSize");
        var rate = new LinkedHashMap<String, Number>(DEFAULTS);
        rate.put("learningRate", 0.001);
        assertThat(check("amazon.nova-pro-v1:0:300k", rate)).map(Violation::limit).contains("hyperParameters.learningRate");
    }

    @Test
    void refusesAModelThatTakesPromptCompletionRecords() {
        assertThat(check("amazon.titan-text-express-v1:0:8k", SnapshotFolder.records(40), List.of())).get()
                .satisfies(v -> assertThat(v.limit()).isEqualTo("format"));
    }

    @Test
    void findsTheLimitsOfAModelNamedByArn() {
        assertThat(BedrockLimits.forModel("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0:300k"))
                .map(BedrockLimits::maxTrainingRecords).contains(10_000);
        assertThat(BedrockLimits.forModel("cohere.command-light-text-v14:7:4k")).isEmpty();
    }

    private static Optional<Violation> check(String model, Map<String, Number> hyperParameters) {
        return new BedrockDatasetCheck(model).check(file("train.jsonl", SnapshotFolder.records(20)), null, hyperParameters);
    }

    private static Optional<Violation> check(String model, List<String> train, List<String> validation) {
        return new BedrockDatasetCheck(model).check(file("train.jsonl", train),
                validation.isEmpty() ? null : file("validation.jsonl", validation), DEFAULTS);
    }

    private static DatasetFile file(String name, List<String> lines) {
        return new DatasetFile(name, URI + name, bytes(lines));
    }

    private static byte[] bytes(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> repeat(String line, int times) {
        return java.util.Collections.nCopies(times, line);
    }
}
