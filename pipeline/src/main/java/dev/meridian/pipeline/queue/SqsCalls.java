package dev.meridian.pipeline.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** The batch calls that {@link SqsQueue} makes on either of its two queues. */
final class SqsCalls {

    private final SqsClient sqs;

    SqsCalls(SqsClient sqs) {
        this.sqs = sqs;
    }

    List<String> send(String queueUrl, List<String> bodies) {
        return send(queueUrl, bodies, false);
    }

    /**
     * On a FIFO queue each message goes to its project's group ({@link FifoGroups}); {@code again} sends bodies that were
     * sent before (a redrive), so they get a fresh deduplication id instead of the body's.
     */
    List<String> send(String queueUrl, List<String> bodies, boolean again) {
        boolean fifo = FifoGroups.isFifo(queueUrl);
        List<SendMessageBatchRequestEntry> entries = IntStream.range(0, bodies.size())
                .mapToObj(i -> {
                    var entry = SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(bodies.get(i));
                    if (fifo) {
                        entry.messageGroupId(FifoGroups.group(bodies.get(i))).messageDeduplicationId(again
                                ? UUID.randomUUID().toString() : FifoGroups.deduplicationId(bodies.get(i)));
                    }
                    return entry.build();
                })
                .toList();
        SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
        if (!response.failed().isEmpty()) {
            throw new QueueException("SQS refused " + response.failed().size() + " of " + bodies.size()
                    + " messages: " + response.failed().get(0).message(), null);
        }
        Map<String, String> ids = new HashMap<>();
        response.successful().forEach(ok -> ids.put(ok.id(), ok.messageId()));
        return entries.stream().map(e -> ids.get(e.id())).toList();
    }

    List<Message> receive(String queueUrl, int max, Duration waitTime, Duration visibilityTimeout) {
        return sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .maxNumberOfMessages(max)
                .waitTimeSeconds(seconds(waitTime))
                .visibilityTimeout(seconds(visibilityTimeout))
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    void delete(String queueUrl, List<String> receiptHandles) {
        List<DeleteMessageBatchRequestEntry> entries = IntStream.range(0, receiptHandles.size())
                .mapToObj(i -> DeleteMessageBatchRequestEntry.builder().id("d" + i).receiptHandle(receiptHandles.get(i)).build())
                .toList();
        sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
    }

    void changeVisibility(String queueUrl, String receiptHandle, Duration timeout) {
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle)
                .visibilityTimeout(seconds(timeout)));
    }

    static QueueMessage toQueueMessage(Message m) {
        Map<MessageSystemAttributeName, String> attributes = m.attributes();
        int receiveCount = Integer.parseInt(
                attributes.getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        Instant sentAt = Instant.ofEpochMilli(
                Long.parseLong(attributes.getOrDefault(MessageSystemAttributeName.SENT_TIMESTAMP, "0")));
        return new QueueMessage(m.messageId(), m.receiptHandle(), m.body(), receiveCount, sentAt);
    }

    // SQS counts in whole seconds; rounding up never makes a wait or a visibility timeout shorter than asked.
    private static int seconds(Duration duration) {
        return (int) Math.ceil(duration.toMillis() / 1000.0);
    }
}
