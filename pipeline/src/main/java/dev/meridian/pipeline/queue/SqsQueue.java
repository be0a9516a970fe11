package dev.meridian.pipeline.queue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Amazon SQS (or any SQS-protocol server) as the queue. SQS itself moves a message to the dead-letter queue
 * through the source queue's redrive policy, which {@link #create} sets up.
 */
public final class SqsQueue implements Queue {

    private final SqsClient sqs;
    private final SqsCalls calls;
    private final SqsQueueUrls urls;
    private final SqsDeadLetters deadLetters;
    private final QueueSettings settings;

    private SqsQueue(SqsClient sqs, SqsQueueUrls urls, QueueSettings settings) {
        this.sqs = sqs;
        this.calls = new SqsCalls(sqs);
        this.urls = urls;
        this.deadLetters = new SqsDeadLetters(calls, urls);
        this.settings = settings;
    }

    /**
     * A client for Amazon SQS, or for an SQS-protocol server at {@code endpoint} (such as ElasticMQ). Credentials come
     * from the default chain (environment, profile, or the role of the host).
     */
    public static SqsClient client(String region, URI endpoint) {
        SqsClientBuilder builder = SqsClient.builder()
                .region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** Creates (or finds) the queue and its dead-letter queue, with the redrive policy between them. */
    public static SqsQueue create(SqsClient sqs, QueueSettings settings) {
        return new SqsQueue(sqs, SqsQueueUrls.createWithRedrive(sqs, settings), settings);
    }

    @Override
    public List<String> send(List<String> bodies) {
        Limits.checkSend(bodies);
        return calls.send(urls.source(), bodies);
    }

    @Override
    public List<QueueMessage> receive(int max, Duration waitTime) {
        return receive(max, waitTime, settings.visibilityTimeout());
    }

    @Override
    public List<QueueMessage> receive(int max, Duration waitTime, Duration visibilityTimeout) {
        Limits.checkReceive(max, waitTime, visibilityTimeout);
        return calls.receive(urls.source(), max, waitTime, visibilityTimeout).stream()
                .map(SqsCalls::toQueueMessage)
                .toList();
    }

    @Override
    public void delete(String receiptHandle) {
        sqs.deleteMessage(b -> b.queueUrl(urls.source()).receiptHandle(receiptHandle));
    }

    @Override
    public void delete(List<String> receiptHandles) {
        Limits.checkBatch(receiptHandles, "delete");
        calls.delete(urls.source(), receiptHandles);
    }

    @Override
    public void changeVisibility(String receiptHandle, Duration timeout) {
        Limits.checkVisibility(timeout);
        calls.changeVisibility(urls.source(), receiptHandle, timeout);
    }

    @Override
    public QueueStats stats() {
        Map<QueueAttributeName, String> source = depth(urls.source());
        Map<QueueAttributeName, String> dead = depth(urls.deadLetters());
        return new QueueStats(count(source, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                count(source, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                Optional.empty(),
                count(dead, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                        + count(dead, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private Map<QueueAttributeName, String> depth(String queueUrl) {
        return sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
    }

    private static long count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        return Long.parseLong(attributes.getOrDefault(name, "0"));
    }

    @Override
    public int redriveDeadLetters(int max) {
        return deadLetters.redrive(max);
    }

    @Override
    public List<DeadLetter> peekDeadLetters(int limit) {
        return deadLetters.peek(limit);
    }

    @Override
    public boolean discardDeadLetter(String messageId) {
        return deadLetters.discard(messageId);
    }
}
