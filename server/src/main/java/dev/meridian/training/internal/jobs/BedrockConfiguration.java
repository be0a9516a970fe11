package dev.meridian.training.internal.jobs;

import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.platform.PipelineProperties;
import dev.meridian.training.TrainingProperties;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;

/** {@code MERIDIAN_TRAINER=bedrock}: the Bedrock trainer beside the local one, on the SDK's default credentials chain. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "meridian.training.trainer", havingValue = "bedrock")
class BedrockConfiguration {

    @Bean(destroyMethod = "close")
    BedrockClient bedrockClient(TrainingProperties training, PipelineProperties pipeline) {
        return client(pipeline.awsRegion(), training.bedrock().endpoint(), null);
    }

    @Bean
    Trainer bedrockTrainer(BedrockClient bedrockClient, ObjectStore datasetStore, TrainingData data, TrainingProperties training) {
        return new BedrockTrainer(bedrockClient, datasetStore, data, training.bedrock(), BedrockCalls.Sleeper.REAL);
    }

    /** {@code credentials}: null for the SDK's default chain. Retries are {@link BedrockCalls}'s, so the client makes one attempt per call. */
    static BedrockClient client(String region, String endpoint, AwsCredentialsProvider credentials) {
        var builder = BedrockClient.builder()
                .region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        }
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }
}
