package dev.meridian.pipeline.queue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The contract against ElasticMQ, an SQS-protocol server running in this JVM. */
class SqsQueueTest extends QueueContract {

    private static SQSRestServer elasticMq;
    private static SqsClient sqs;

    @BeforeAll
    static void startElasticMq() throws IOException {
        int port = freePort(); // not 0: ElasticMQ would then put ":0" into the queue URLs it returns
        elasticMq = SQSRestServerBuilder.withPort(port).withInterface("127.0.0.1").start();
        elasticMq.waitUntilStarted();
        sqs = SqsClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterAll
    static void stopElasticMq() {
        sqs.close();
        elasticMq.stopAndWait();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    Queue newQueue(QueueSettings settings) {
        return SqsQueue.create(sqs, settings);
    }
}
