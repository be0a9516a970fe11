package dev.meridian.training.internal.jobs;

import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.training.TrainingProperties;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CreateModelCustomizationJobRequest;
import software.amazon.awssdk.services.bedrock.model.GetModelCustomizationJobResponse;
import software.amazon.awssdk.services.bedrock.model.ModelCustomizationJobStatus;
import software.amazon.awssdk.services.bedrock.model.Validator;

/**
 * Amazon Bedrock model customization: creates a {@code CreateModelCustomizationJob} on the sealed snapshot's S3 files,
 * polls it into the job's progress, stops it on cancel, and on completion records the custom model, the losses Bedrock
 * wrote under the output URI, and where the model answers. It trains the {@code conversation} kind (the assistant's
 * model); the inference API's {@code triage-duplicates} model stays local.
 */
final class BedrockTrainer implements Trainer {

    static final String KIND = "conversation";

    private final BedrockCalls bedrock;
    private final ObjectStore store;
    private final TrainingData data;
    private final TrainingProperties.Bedrock settings;
    private final BedrockCalls.Sleeper sleeper;

    BedrockTrainer(BedrockClient client, ObjectStore store, TrainingData data, TrainingProperties.Bedrock settings,
            BedrockCalls.Sleeper sleeper) {
        this.bedrock = new BedrockCalls(client, sleeper);
        this.store = store;
        this.data = data;
        this.settings = settings;
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return "bedrock";
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public String baseModel() {
        return settings.baseModel();
    }

    @Override
    public Map<String, Object> parameters() {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("customizationType", settings.customizationType());
        parameters.put("hyperParameters", hyperParameters());
        parameters.put("roleArn", settings.roleArn());
        return parameters;
    }

    /** Seals the snapshot the job will train on and refuses it, naming the limit, when Bedrock would. */
    @Override
    public Lineage check(String projectKey) {
        if (settings.roleArn() == null) {
            throw new Refused("The Bedrock trainer needs the service role it runs as: set MERIDIAN_BEDROCK_ROLE_ARN", "roleArn");
        }
        var lineage = data.seal(projectKey).orElseThrow(() -> new Refused(projectKey + " has no sealed dataset snapshot: "
                + "no training records were stored for it (is the pipeline on, and AI training allowed for the project?)", "snapshot"));
        var training = file(projectKey, lineage, "train.jsonl");
        var validation = file(projectKey, lineage, "validation.jsonl");
        var violation = new BedrockDatasetCheck(settings.baseModel())
                .check(training, validation.content().length == 0 ? null : validation, numericHyperParameters());
        if (violation.isPresent()) {
            throw new Refused("Snapshot " + lineage.snapshotId() + " of " + projectKey + " cannot be sent to Bedrock: "
                    + violation.get().detail(), violation.get().limit());
        }
        return lineage;
    }

    @Override
    public Result train(Request request, Progress progress) {
        var lineage = request.lineage();
        if (lineage == null) {
            throw new Refused("A Bedrock job trains from a sealed snapshot; none was given", "snapshot");
        }
        var project = request.projectKey();
        var outputKey = outputKey(request);
        var create = CreateModelCustomizationJobRequest.builder()
                .jobName(awsName(request.label()))
                .customModelName(awsName(request.label()))
                .clientRequestToken(awsName(request.label()))
                .roleArn(settings.roleArn())
                .baseModelIdentifier(settings.baseModel())
                .customizationType(settings.customizationType())
                .hyperParameters(hyperParameters())
                .trainingDataConfig(c -> c.s3Uri(uri(project, lineage, "train.jsonl")))
                .outputDataConfig(c -> c.s3Uri(data.s3Uri(outputKey).orElseThrow()));
        if (data.read(project, lineage.snapshotId(), "validation.jsonl").map(b -> b.length > 0).orElse(false)) {
            create.validationDataConfig(c -> c.validators(Validator.builder().s3Uri(uri(project, lineage, "validation.jsonl")).build()));
        }
        String jobArn = bedrock.call("CreateModelCustomizationJob", client -> client.createModelCustomizationJob(create.build())).jobArn();
        progress.externalJob(jobArn);
        progress.report(5, "Bedrock job " + jobArn + " created on snapshot " + lineage.snapshotId() + " (" + settings.baseModel()
                + ", " + hyperParameters() + ")");
        return completed(request, jobArn, progress);
    }

    @Override
    public boolean resumes() {
        return true;
    }

    @Override
    public Result resume(Request request, String externalJob, Progress progress) {
        if (request.lineage() == null) {
            throw new Failed("the snapshot Bedrock job " + externalJob + " trains on is gone; start the job again");
        }
        progress.report(5, "following Bedrock job " + externalJob + ", started by a server that stopped since");
        return completed(request, externalJob, progress);
    }

    /** Waits for the job, then reads its losses and sets up where the custom model answers. */
    private Result completed(Request request, String jobArn, Progress progress) {
        var lineage = request.lineage();
        var outputKey = outputKey(request);
        var job = await(jobArn, progress);
        progress.report(90, "Bedrock job completed: custom model " + job.outputModelArn());
        var metrics = BedrockMetrics.read(store, outputKey, job);
        String target = inferenceTarget(request.label(), job.outputModelArn(), progress);
        progress.report(98, "losses " + metrics + (target == null ? "; no inference target configured" : "; answers through " + target));
        return new Result(metrics, lineage.manifestSha256(), lineage.sealedAt(), job.outputModelArn(), jobArn, target);
    }

    private GetModelCustomizationJobResponse await(String jobArn, Progress progress) {
        long started = System.nanoTime();
        boolean stopping = false;
        while (true) {
            if (!stopping) {
                try {
                    progress.checkpoint();
                } catch (Cancelled e) {
                    // the job's log is closed once a cancel is asked; the end says that Bedrock stopped
                    bedrock.call("StopModelCustomizationJob", client -> client.stopModelCustomizationJob(r -> r.jobIdentifier(jobArn)));
                    stopping = true;
                }
            }
            var job = bedrock.call("GetModelCustomizationJob", client -> client.getModelCustomizationJob(r -> r.jobIdentifier(jobArn)));
            var status = job.status();
            if (status == ModelCustomizationJobStatus.COMPLETED) {
                return job;
            }
            if (status == ModelCustomizationJobStatus.FAILED) {
                throw new Failed("Bedrock failed the job " + jobArn + ": " + job.failureMessage());
            }
            if (status == ModelCustomizationJobStatus.STOPPED) {
                throw new Cancelled(stopping ? "cancelled on request; Bedrock stopped " + jobArn : "Bedrock job " + jobArn + " was stopped outside Meridian");
            }
            if (status == ModelCustomizationJobStatus.IN_PROGRESS && !stopping) {
                progressQuietly(progress, inProgress((System.nanoTime() - started) / 1e9));
            }
            sleeper.sleep(Duration.ofSeconds(Math.max(1, settings.pollSeconds())));
        }
    }

    /** 10 % when it starts, towards 85 % as the configured expected length passes (never done before Bedrock says so). */
    private int inProgress(double elapsedSeconds) {
        double expected = Math.max(60, settings.expectedMinutes() * 60.0);
        return (int) (10 + 75 * elapsedSeconds / (elapsedSeconds + expected));
    }

    private static void progressQuietly(Progress progress, int percent) {
        try {
            progress.report(percent, null);
        } catch (Cancelled e) {
            // seen at the next checkpoint, which stops the Bedrock job first
        }
    }

    private String inferenceTarget(String label, String modelArn, Progress progress) {
        if (settings.inferenceTarget() != null) {
            return settings.inferenceTarget();
        }
        if (!settings.createDeployment()) {
            return null;
        }
        var arn = bedrock.call("CreateCustomModelDeployment", client -> client.createCustomModelDeployment(r -> r
                .modelDeploymentName(awsName(label)).modelArn(modelArn).clientRequestToken(awsName(label) + "-deployment")))
                .customModelDeploymentArn();
        progress.report(95, "created the custom model deployment " + arn);
        return arn;
    }

    private static String outputKey(Request request) {
        return "models/" + request.projectKey() + "/" + request.label() + "/";
    }

    /** Bedrock's job and model names take letters, digits and hyphens (a project key may hold underscores), 63 at most. */
    static String awsName(String label) {
        String name = label.replaceAll("[^A-Za-z0-9-]", "-");
        return name.length() <= 63 ? name : name.substring(name.length() - 63);
    }

    private Map<String, String> hyperParameters() {
        var values = new LinkedHashMap<String, String>();
        numericHyperParameters().forEach((name, value) -> values.put(name,
                new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString()));
        return values;
    }

    private Map<String, Number> numericHyperParameters() {
        var values = new LinkedHashMap<String, Number>();
        values.put("epochCount", settings.epochCount());
        values.put("learningRate", settings.learningRate());
        values.put("learningRateWarmupSteps", settings.learningRateWarmupSteps());
        if (settings.batchSize() > 0) {
            values.put("batchSize", settings.batchSize());
        }
        return values;
    }

    private BedrockDatasetCheck.DatasetFile file(String project, Lineage lineage, String name) {
        return new BedrockDatasetCheck.DatasetFile(name, uri(project, lineage, name),
                data.read(project, lineage.snapshotId(), name).orElse(new byte[0]));
    }

    private String uri(String project, Lineage lineage, String name) {
        return data.s3Uri(project, lineage.snapshotId(), name).orElseThrow(() -> new Refused("Bedrock reads training data "
                + "from S3: set MERIDIAN_S3_BUCKET, and leave MERIDIAN_ENCRYPTION_KEY unset (Bedrock cannot read objects "
                + "encrypted in the process; S3 encrypts them at rest)", "s3"));
    }
}
