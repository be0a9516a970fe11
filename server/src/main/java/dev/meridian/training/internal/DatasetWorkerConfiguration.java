package dev.meridian.training.internal;

import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.AwsFailures;
import dev.meridian.platform.MeridianProperties;
import dev.meridian.platform.PipelineProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dataset worker as AWS Lambda runs it: the server hands its settings to the pipeline's {@link WorkerSettings}
 * under the Lambda's own variable names, so both read them, and reject bad ones, the same way.
 */
@Configuration(proxyBeanMethods = false)
class DatasetWorkerConfiguration {

    private static final String PROBE_KEY = "state/.startup-check";

    @Bean
    WorkerSettings workerSettings(PipelineProperties pipeline, MeridianProperties meridian, PseudonymKey key) {
        var store = pipeline.store();
        var env = new HashMap<String, String>();
        env.put("MERIDIAN_PSEUDONYM_KEY", key.base64());
        env.put("MERIDIAN_DATA_DIR", meridian.dataDir().toString());
        env.put("MERIDIAN_TIME_RESERVE_MS", Long.toString(DatasetPoller.timeReserve(pipeline.queue().visibilityTimeout()).toMillis()));
        env.put("AWS_REGION", pipeline.awsRegion());
        env.put("MERIDIAN_S3_BUCKET", store.s3Bucket());
        env.put("MERIDIAN_S3_PREFIX", store.s3Prefix());
        env.put("MERIDIAN_S3_ENDPOINT", store.s3Endpoint());
        env.put("MERIDIAN_S3_KMS_KEY_ID", store.s3KmsKeyId());
        env.put("MERIDIAN_ENCRYPTION_KEY", store.encryptionKey());
        return WorkerSettings.fromEnvironment(env);
    }

    /** Read once at start, when the flow runs: an unreachable bucket stops the server, naming what to fix. */
    @Bean
    ObjectStore datasetStore(WorkerSettings settings, PipelineProperties pipeline, MeterRegistry registry) {
        var store = new MeteredObjectStore(settings.objectStore(), Counter.builder("meridian.pipeline.written")
                .baseUnit("bytes").description("Bytes the pipeline wrote to the object store, before encryption").register(registry));
        if (pipeline.enabled()) {
            try {
                store.get(PROBE_KEY);
            } catch (RuntimeException e) {
                throw new IllegalStateException(settings.s3Bucket() == null
                        ? "The object store in " + settings.dataDir().resolve("objects") + " cannot be read (" + e.getMessage()
                                + "): check MERIDIAN_DATA_DIR"
                        : "MERIDIAN_S3_BUCKET=" + settings.s3Bucket() + ": " + AwsFailures.explain("S3 bucket " + settings.s3Bucket(),
                                pipeline.store().s3Endpoint(), settings.region(), "MERIDIAN_S3_BUCKET, MERIDIAN_S3_ENDPOINT", e), e);
            }
        }
        return store;
    }

    @Bean
    DatasetWorkerHandler datasetWorkerHandler(WorkerSettings settings, ObjectStore datasetStore,
            List<DatasetWorkerHandler.BatchListener> listeners) {
        return new DatasetWorkerHandler(settings.worker(datasetStore), settings.timeReserveMillis(),
                (events, outcome) -> listeners.forEach(listener -> listener.handled(events, outcome)));
    }
}
