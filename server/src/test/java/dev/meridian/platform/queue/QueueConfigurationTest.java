package dev.meridian.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.fixtures.ElasticMq;
import dev.meridian.pipeline.queue.PostgresQueue;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.SqsQueue;
import dev.meridian.platform.PipelineProperties;
import dev.meridian.support.AwsSettings;
import java.io.IOException;
import java.net.ServerSocket;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The queue is chosen by environment variables, read through application.yml as the server reads them; a setting
 * that cannot work stops the start with the variable to fix.
 */
class QueueConfigurationTest {

    private static ElasticMq elasticMq;

    private final ApplicationContextRunner server = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Wiring.class, QueueConfiguration.class);

    @BeforeAll
    static void startElasticMq() {
        elasticMq = ElasticMq.start();
        AwsSettings.useDummyCredentials();
    }

    @AfterAll
    static void stopElasticMq() {
        elasticMq.close();
    }

    @Test
    void usesTheQueueTablesInPostgresqlByDefault() {
        server.run(context -> assertThat(context.getBean(Queue.class)).isInstanceOf(PostgresQueue.class));
    }

    @Test
    void usesSqsWhenMeridianQueueIsSqsCreatingTheQueueAndItsDeadLetterQueue() {
        server.withSystemProperties("MERIDIAN_QUEUE=sqs", "MERIDIAN_SQS_ENDPOINT=" + elasticMq.endpoint(), "MERIDIAN_SQS_QUEUE=chosen")
                .run(context -> {
                    assertThat(context.getBean(Queue.class)).isInstanceOf(SqsQueue.class);
                    try (var sqs = elasticMq.client()) {
                        assertThat(sqs.listQueues().queueUrls()).anyMatch(url -> url.endsWith("/chosen"))
                                .anyMatch(url -> url.endsWith("/chosen-dlq"));
                    }
                });
    }

    @Test
    void refusesToStartWhenTheSqsEndpointCannotBeReached() throws IOException {
        var closed = "http://127.0.0.1:" + closedPort();

        server.withSystemProperties("MERIDIAN_QUEUE=sqs", "MERIDIAN_SQS_ENDPOINT=" + closed).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("Connection refused");
            assertThat(context.getStartupFailure()).hasStackTraceContaining("MERIDIAN_QUEUE=sqs: SQS queue meridian-changes at " + closed
                    + " cannot be used (").hasStackTraceContaining("check MERIDIAN_SQS_ENDPOINT");
        });
    }

    @Test
    void refusesToStartWithoutAwsCredentials() {
        AwsSettings.withoutCredentials(() -> server
                .withSystemProperties("MERIDIAN_QUEUE=sqs", "MERIDIAN_SQS_ENDPOINT=" + elasticMq.endpoint())
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining(
                        "no AWS credentials found for SQS queue meridian-changes: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")));
    }

    @Test
    void refusesAQueueTypeItDoesNotKnow() {
        server.withSystemProperties("MERIDIAN_QUEUE=rabbitmq").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("MERIDIAN_QUEUE")
                        .hasStackTraceContaining("rabbitmq"));
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PipelineProperties.class)
    static class Wiring {

        /** Never connected to: the queue tables are only touched when a message is sent. */
        @Bean
        DataSource dataSource() {
            return new SimpleDriverDataSource();
        }
    }
}
