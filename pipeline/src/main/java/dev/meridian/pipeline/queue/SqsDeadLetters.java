package dev.meridian.pipeline.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The admin operations on an SQS dead-letter queue. SQS cannot read a message without receiving it, so each
 * operation receives, acts, and releases what it does not take (visibility 0). The dead-letter queue's own
 * receive counts grow by it; it has no redrive policy, so that changes nothing.
 */
final class SqsDeadLetters {

    // Long polls: a short poll samples only some SQS servers and may come back empty from a non-empty queue.
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final Duration HOLD = Duration.ofSeconds(30);

    private final SqsCalls calls;
    private final SqsQueueUrls urls;

    SqsDeadLetters(SqsCalls calls, SqsQueueUrls urls) {
        this.calls = calls;
        this.urls = urls;
    }

    // A receive-send-delete loop rather than StartMessageMoveTask: that one is asynchronous, allows one task per
    // queue at a time, and is missing from SQS-protocol servers such as ElasticMQ. A crash between the send and
    // the delete leaves a duplicate, never a loss.
    int redrive(int max) {
        int moved = 0;
        while (moved < max) {
            List<Message> batch = receive(Math.min(Limits.MAX_BATCH, max - moved));
            if (batch.isEmpty()) {
                break;
            }
            calls.send(urls.source(), batch.stream().map(Message::body).toList(), true);
            calls.delete(urls.deadLetters(), batch.stream().map(Message::receiptHandle).toList());
            moved += batch.size();
        }
        return moved;
    }

    List<DeadLetter> peek(int limit) {
        List<Message> held = new ArrayList<>();
        Map<String, DeadLetter> letters = new LinkedHashMap<>();
        try {
            while (letters.size() < limit) {
                List<Message> batch = receive(Math.min(Limits.MAX_BATCH, limit - letters.size()));
                held.addAll(batch);
                boolean wrappedAround = false;
                for (Message m : batch) {
                    QueueMessage message = SqsCalls.toQueueMessage(m);
                    wrappedAround |= letters.putIfAbsent(m.messageId(),
                            new DeadLetter(message.id(), message.body(), message.sentAt())) != null;
                }
                if (batch.isEmpty() || wrappedAround) {
                    break;
                }
            }
            return List.copyOf(letters.values());
        } finally {
            release(held);
        }
    }

    boolean discard(String messageId) {
        List<Message> held = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            while (true) {
                List<Message> batch = receive(Limits.MAX_BATCH);
                boolean found = false;
                boolean wrappedAround = false;
                for (Message m : batch) {
                    if (m.messageId().equals(messageId)) {
                        calls.delete(urls.deadLetters(), List.of(m.receiptHandle()));
                        found = true;
                    } else {
                        held.add(m);
                        wrappedAround |= !seen.add(m.messageId());
                    }
                }
                if (found || batch.isEmpty() || wrappedAround) {
                    return found;
                }
            }
        } finally {
            release(held);
        }
    }

    private List<Message> receive(int max) {
        return calls.receive(urls.deadLetters(), max, WAIT, HOLD);
    }

    private void release(List<Message> held) {
        held.forEach(m -> calls.changeVisibility(urls.deadLetters(), m.receiptHandle(), Duration.ZERO));
    }
}
