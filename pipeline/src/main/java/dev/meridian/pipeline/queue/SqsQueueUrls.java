package dev.meridian.pipeline.queue;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The URLs of a source queue and its dead-letter queue. */
record SqsQueueUrls(String source, String deadLetters) {

    /**
     * Creates both queues, or finds them if they exist with the same attributes (CreateQueue is idempotent
     * then), with a redrive policy from the source to the dead-letter queue; both FIFO queues when the name ends in
     * {@code .fifo}.
     */
    static SqsQueueUrls createWithRedrive(SqsClient sqs, QueueSettings settings) {
        Map<QueueAttributeName, String> fifo = settings.fifo() ? Map.of(QueueAttributeName.FIFO_QUEUE, "true") : Map.of();
        String deadLetters = sqs.createQueue(b -> b.queueName(settings.deadLetterQueue()).attributes(fifo)).queueUrl();
        String deadLetterArn = sqs.getQueueAttributes(b -> b.queueUrl(deadLetters)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String redrivePolicy = "{\"deadLetterTargetArn\":\"" + deadLetterArn + "\",\"maxReceiveCount\":\""
                + settings.maxReceiveCount() + "\"}";
        Map<QueueAttributeName, String> attributes = new HashMap<>(fifo);
        attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(settings.visibilityTimeout().toSeconds()));
        attributes.put(QueueAttributeName.REDRIVE_POLICY, redrivePolicy);
        String source = sqs.createQueue(b -> b.queueName(settings.name()).attributes(attributes)).queueUrl();
        return new SqsQueueUrls(source, deadLetters);
    }
}
