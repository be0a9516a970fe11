package dev.meridian.training.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.training.TrainingProperties;
import dev.meridian.training.internal.jobs.FakeBedrock.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.bedrock.BedrockClient;

/**
 * The Bedrock trainer against a local HTTP endpoint that plays Bedrock's control plane: the exact requests it sends
 * (signed with SigV4) and what it makes of Bedrock's answers, throttling and failures included. Not AWS itself.
 */
class BedrockTrainerTest {

    static final String ROLE = "arn:aws:iam::123456789012:role/meridian-bedrock-customization";
    static final String MODEL = "amazon.nova-micro-v1:0:128k";
    static final String JOB = "arn:aws:bedrock:us-east-1:123456789012:model-customization-job/amazon.nova-micro-v1:0:128k/p3x9k2m1q8w7";
    static final String CUSTOM = "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.nova-micro-v1:0:128k/a1b2c3d4e5f6";
    static final String DEPLOYMENT = "arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/x7y8z9w0v1u2";
    static final String LABEL = "WEB-conversation-1";
    static final String OUTPUT = "models/WEB/" + LABEL + "/";

    @TempDir
    Path folder;

    FakeBedrock bedrock;
    SnapshotFolder data;
    BedrockClient client;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final Recorded progress = new Recorded();

    @BeforeEach
    void start() throws IOException {
        bedrock = new FakeBedrock();
        data = new SnapshotFolder(folder).write("WEB", SnapshotFolder.records(12), SnapshotFolder.records(2));
        client = bedrock.client();
    }

    @AfterEach
    void stop() {
        client.close();
        bedrock.close();
    }

    @Test
    void createsTheJobOnTheSnapshotPollsItAndRecordsTheModelItsLossesAndANewDeployment() {
        bedrock.script("create", Answer.ok(201, "{\"jobArn\":\"" + JOB + "\"}"))
                .script("get", Answer.ok(200, job("InProgress", "")), Answer.ok(200, job("InProgress", "")),
                        Answer.ok(200, job("Completed", completed())).then(this::bedrockWritesItsMetrics))
                .script("deploy", Answer.ok(202, "{\"customModelDeploymentArn\":\"" + DEPLOYMENT + "\"}"));
        var trainer = trainer(settings(null, true, 0));
        var lineage = trainer.check("WEB");

        var result = trainer.train(request(lineage), progress);

        var create = bedrock.calls("create");
        assertThat(create).hasSize(1);
        var body = create.get(0).body();
        assertThat(body.get("jobName").asString()).isEqualTo(LABEL);
        assertThat(body.get("customModelName").asString()).isEqualTo(LABEL);
        assertThat(body.get("clientRequestToken").asString()).isEqualTo(LABEL);
        assertThat(body.get("roleArn").asString()).isEqualTo(ROLE);
        assertThat(body.get("baseModelIdentifier").asString()).isEqualTo(MODEL);
        assertThat(body.get("customizationType").asString()).isEqualTo("FINE_TUNING");
        assertThat(body.get("hyperParameters").properties()).extracting(e -> e.getKey() + "=" + e.getValue().asString())
                .containsExactly("epochCount=2", "learningRate=0.00001", "learningRateWarmupSteps=10");
        assertThat(body.get("trainingDataConfig").get("s3Uri").asString())
                .isEqualTo("s3://meridian-test/datasets/WEB/snapshots/" + SnapshotFolder.SNAPSHOT + "/train.jsonl");
        assertThat(body.get("validationDataConfig").get("validators").get(0).get("s3Uri").asString())
                .isEqualTo("s3://meridian-test/datasets/WEB/snapshots/" + SnapshotFolder.SNAPSHOT + "/validation.jsonl");
        assertThat(body.get("outputDataConfig").get("s3Uri").asString()).isEqualTo("s3://meridian-test/" + OUTPUT);
        assertThat(bedrock.calls).allSatisfy(call -> {
            assertThat(call.header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDMERIDIANTEST/")
                    .contains("/us-east-1/bedrock/aws4_request").contains("Signature=");
            assertThat(call.header("X-Amz-Date")).isNotBlank();
        });
        assertThat(bedrock.calls("get")).hasSize(3).allSatisfy(call -> assertThat(call.path()).isEqualTo("/model-customization-jobs/" + JOB));
        var deploy = bedrock.calls("deploy").get(0).body();
        assertThat(deploy.get("modelArn").asString()).isEqualTo(CUSTOM);
        assertThat(deploy.get("modelDeploymentName").asString()).isEqualTo(LABEL);

        assertThat(result.artifact()).isEqualTo(CUSTOM);
        assertThat(result.externalJob()).isEqualTo(JOB);
        assertThat(result.inferenceTarget()).isEqualTo(DEPLOYMENT);
        assertThat(result.metrics()).containsEntry("trainingLoss", 0.412).containsEntry("validationLoss", 0.533)
                .containsEntry("validationPerplexity", 1.704);
        assertThat(result.dataChecksum()).isEqualTo(lineage.manifestSha256());
        assertThat(progress.lines).anyMatch(l -> l.contains("Bedrock job " + JOB + " created on snapshot " + SnapshotFolder.SNAPSHOT));
        assertThat(progress.percents).isSorted().contains(5, 90, 98);
        assertThat(waits).hasSize(2).containsOnly(Duration.ofSeconds(60));
    }

    @Test
    void backsOffAndRetriesWhileBedrockThrottles() {
        var throttled = Answer.error(429, "ThrottlingException", "Rate exceeded");
        bedrock.script("create", throttled, throttled, Answer.ok(201, "{\"jobArn\":\"" + JOB + "\"}"))
                .script("get", throttled, Answer.ok(200, job("Completed", completed())));
        var result = trainer(settings(DEPLOYMENT, false, 0)).train(request(lineage()), progress);

        assertThat(bedrock.calls("create")).hasSize(3)
                .allSatisfy(call -> assertThat(call.body().get("clientRequestToken").asString()).isEqualTo(LABEL));
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1));
        assertThat(result.artifact()).isEqualTo(CUSTOM);
        assertThat(result.inferenceTarget()).as("the configured target, nothing created").isEqualTo(DEPLOYMENT);
        assertThat(bedrock.calls("deploy")).isEmpty();
        assertThat(result.metrics()).as("no metrics files: the figures GetModelCustomizationJob gave")
                .containsEntry("trainingLoss", 0.9).containsEntry("validationLoss", 1.1);
    }

    @Test
    void failsAfterThrottlingThatDoesNotEnd() {
        bedrock.script("create", Answer.error(429, "ThrottlingException", "Rate exceeded"));
        assertThatThrownBy(() -> trainer(settings(null, false, 0)).train(request(lineage()), progress))
                .isInstanceOf(Trainer.Failed.class)
                .hasMessage("Bedrock kept throttling CreateModelCustomizationJob after 8 attempts: Rate exceeded");
        assertThat(bedrock.calls("create")).hasSize(BedrockCalls.ATTEMPTS);
        assertThat(waits).hasSize(BedrockCalls.ATTEMPTS - 1).last().isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void failsTheJobWithBedrocksOwnMessage() {
        bedrock.script("create", Answer.ok(201, "{\"jobArn\":\"" + JOB + "\"}"))
                .script("get", Answer.ok(200, job("InProgress", "")), Answer.ok(200, job("Failed",
                        ",\"failureMessage\":\"Training data validation failed: line 3 of train.jsonl exceeds the maximum token count\"")));
        assertThatThrownBy(() -> trainer(settings(null, false, 0)).train(request(lineage()), progress))
                .isInstanceOf(Trainer.Failed.class)
                .hasMessage("Bedrock failed the job " + JOB + ": Training data validation failed: line 3 of train.jsonl exceeds the maximum token count");
    }

    @Test
    void reportsARefusedRequestWithBedrocksReason() {
        bedrock.script("create", Answer.error(400, "ValidationException", "The provided role ARN is not valid for this operation"));
        assertThatThrownBy(() -> trainer(settings(null, false, 0)).train(request(lineage()), progress))
                .isInstanceOf(Trainer.Failed.class)
                .hasMessage("Bedrock refused CreateModelCustomizationJob (400 ValidationException): The provided role ARN is not valid for this operation");
        assertThat(waits).as("not retried").isEmpty();
    }

    @Test
    void cancellingStopsTheBedrockJobAndWaitsUntilItStopped() {
        bedrock.script("create", Answer.ok(201, "{\"jobArn\":\"" + JOB + "\"}"))
                .script("get", Answer.ok(200, job("InProgress", "")).then(() -> progress.cancel = true),
                        Answer.ok(200, job("Stopping", "")), Answer.ok(200, job("Stopped", "")))
                .script("stop", Answer.ok(200, "{}"));
        assertThatThrownBy(() -> trainer(settings(null, false, 0)).train(request(lineage()), progress))
                .isInstanceOf(Trainer.Cancelled.class).hasMessage("cancelled on request; Bedrock stopped " + JOB);
        assertThat(bedrock.calls("stop")).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.path()).isEqualTo("/model-customization-jobs/" + JOB + "/stop");
        });
        assertThat(bedrock.calls("get")).hasSize(3);
    }

    @Test
    void refusesToStartWithoutARoleOrWhenTheSnapshotBreaksALimit() {
        assertThatThrownBy(() -> trainer(new TrainingProperties.Bedrock(null, MODEL, "FINE_TUNING", 2, 1e-5, 10, 0, null, null,
                false, 60, 120)).check("WEB")).isInstanceOf(Trainer.Refused.class)
                .hasMessageContaining("MERIDIAN_BEDROCK_ROLE_ARN").extracting(e -> ((Trainer.Refused) e).limit()).isEqualTo("roleArn");

        data.write("WEB", SnapshotFolder.records(7), List.of());
        assertThatThrownBy(() -> trainer(settings(null, false, 0)).check("WEB")).isInstanceOf(Trainer.Refused.class)
                .hasMessage("Snapshot " + SnapshotFolder.SNAPSHOT + " of WEB cannot be sent to Bedrock: train.jsonl has 7 records; "
                        + MODEL + " needs at least 8: let more issues reach the dataset and seal a new snapshot")
                .extracting(e -> ((Trainer.Refused) e).limit()).isEqualTo("minTrainingRecords");
        assertThat(bedrock.calls).as("nothing sent").isEmpty();
    }

    @Test
    void namesJobsAsBedrockAllows() {
        assertThat(BedrockTrainer.awsName("MY_PROJ-conversation-12")).isEqualTo("MY-PROJ-conversation-12");
        assertThat(BedrockTrainer.awsName("P".repeat(60) + "-conversation-1")).hasSize(63).endsWith("-conversation-1");
    }

    private void bedrockWritesItsMetrics() {
        var job = OUTPUT + "model-customization-job-p3x9k2m1q8w7/";
        data.store.put(job + "training_artifacts/step_wise_training_metrics.csv", """
                step_number,epoch_number,training_loss,perplexity
                0,0,1.873,6.508
                1,0,0.951,2.588
                2,1,0.412,1.510
                """.getBytes(StandardCharsets.UTF_8));
        data.store.put(job + "validation_artifacts/post_fine_tuning_validation/validation/validation_metrics.csv", """
                step_number,epoch_number,validation_loss,perplexity
                2,1,0.533,1.704
                """.getBytes(StandardCharsets.UTF_8));
    }

    private static String job(String status, String more) {
        return """
                {"jobArn":"%s","jobName":"%s","outputModelName":"%s","status":"%s","creationTime":"2026-11-26T08:00:00Z",
                 "lastModifiedTime":"2026-11-26T08:05:00Z","baseModelArn":"arn:aws:bedrock:us-east-1::foundation-model/%s",
                 "roleArn":"%s","customizationType":"FINE_TUNING",
                 "hyperParameters":{"epochCount":"2","learningRate":"0.00001","learningRateWarmupSteps":"10"},
                 "trainingDataConfig":{"s3Uri":"s3://meridian-test/datasets/WEB/snapshots/%s/train.jsonl"},
                 "outputDataConfig":{"s3Uri":"s3://meridian-test/%s"}%s}"""
                .formatted(JOB, LABEL, LABEL, status, MODEL, ROLE, SnapshotFolder.SNAPSHOT, OUTPUT, more);
    }

    private static String completed() {
        return ",\"outputModelArn\":\"" + CUSTOM + "\",\"endTime\":\"2026-11-26T09:41:00Z\","
                + "\"trainingMetrics\":{\"trainingLoss\":0.9},\"validationMetrics\":[{\"validationLoss\":1.1}]";
    }

    private Trainer.Lineage lineage() {
        return data.seal("WEB").orElseThrow();
    }

    private static Trainer.Request request(Trainer.Lineage lineage) {
        return new Trainer.Request("WEB", BedrockTrainer.KIND, "full", LABEL, null, null, lineage);
    }

    private static TrainingProperties.Bedrock settings(String target, boolean deploy, int batchSize) {
        return new TrainingProperties.Bedrock(ROLE, MODEL, "FINE_TUNING", 2, 1e-5, 10, batchSize, null, target, deploy, 60, 120);
    }

    private BedrockTrainer trainer(TrainingProperties.Bedrock settings) {
        return new BedrockTrainer(client, data.store, data, settings, waits::add);
    }

    static final class Recorded implements Trainer.Progress {

        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Integer> percents = new CopyOnWriteArrayList<>();
        volatile boolean cancel;

        @Override
        public void report(int percent, String line) {
            checkpoint();
            percents.add(percent);
            if (line != null) {
                lines.add(line);
            }
        }

        @Override
        public void checkpoint() {
            if (cancel) {
                throw new Trainer.Cancelled();
            }
        }
    }
}
