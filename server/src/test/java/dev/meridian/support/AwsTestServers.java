package dev.meridian.support;

import dev.meridian.pipeline.fixtures.ElasticMq;
import dev.meridian.pipeline.fixtures.S3MockServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The server on its AWS adapters: the changes queue in ElasticMQ (SQS protocol, in this JVM) and training data in
 * S3Mock (S3 protocol, a child process), both started with the context and stopped with it. Credentials are dummies.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AwsTestServers {

    @Bean(destroyMethod = "close")
    static ElasticMq elasticMq() {
        return ElasticMq.start();
    }

    @Bean(destroyMethod = "close")
    static S3MockServer s3Mock() throws Exception {
        return S3MockServer.start(TestDataDir.temp("s3mock-"));
    }

    @Bean
    static DynamicPropertyRegistrar awsEndpoints(ElasticMq sqs, S3MockServer s3) {
        AwsSettings.useDummyCredentials();
        return registry -> {
            registry.add("meridian.pipeline.queue.type", () -> "sqs");
            registry.add("meridian.pipeline.queue.sqs-endpoint", () -> sqs.endpoint().toString());
            registry.add("meridian.pipeline.store.s3-bucket", () -> S3MockServer.BUCKET);
            registry.add("meridian.pipeline.store.s3-endpoint", () -> s3.endpoint().toString());
        };
    }
}
