package dev.meridian.pipeline.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A message queue with Amazon SQS semantics: batches of at most {@value Limits#MAX_BATCH}, long polling up to
 * 20 s, a visibility timeout per receive, a receive count, and a dead-letter queue that takes a message once it
 * has been received {@code maxReceiveCount} times without being deleted.
 * Adapters: {@link PostgresQueue} (embedded default) and {@link SqsQueue}.
 */
public interface Queue {

    /**
     * Sends up to ten bodies of at most 256 KiB (UTF-8) each.
     *
     * @return the message ids, in the order of {@code bodies}
     * @throws IllegalArgumentException for an empty or oversized batch, or an oversized body
     */
    List<String> send(List<String> bodies);

    /**
     * Sends any number of bodies: by ten, one batch after another, unless the adapter can do better (the queue
     * tables take them in one statement). Durable, as {@link #send}, once it returns.
     *
     * @return the message ids, in the order of {@code bodies}
     */
    default List<String> sendAll(List<String> bodies) {
        List<String> ids = new ArrayList<>(bodies.size());
        for (int from = 0; from < bodies.size(); from += Limits.MAX_BATCH) {
            ids.addAll(send(bodies.subList(from, Math.min(bodies.size(), from + Limits.MAX_BATCH))));
        }
        return ids;
    }

    /**
     * Receives up to {@code max} (≤ 10) messages, waiting up to {@code waitTime} (≤ 20 s) for the first one.
     * Each message stays hidden from other receivers for {@code visibilityTimeout} unless deleted first.
     */
    List<QueueMessage> receive(int max, Duration waitTime, Duration visibilityTimeout);

    /**
     * What a Lambda event source's {@code BatchSize} gives a function: up to {@code max} messages (any number), waiting
     * up to {@code waitTime} for the first one only, then taking just what is already waiting. By receives of ten,
     * unless the adapter can do better (the queue tables take them in one statement).
     */
    default List<QueueMessage> receiveBatch(int max, Duration waitTime, Duration visibilityTimeout) {
        List<QueueMessage> messages = new ArrayList<>(receive(Math.min(Limits.MAX_BATCH, max), waitTime, visibilityTimeout));
        int last = messages.size();
        while (last == Limits.MAX_BATCH && messages.size() < max) {
            List<QueueMessage> more = receive(Math.min(Limits.MAX_BATCH, max - messages.size()), Duration.ZERO, visibilityTimeout);
            messages.addAll(more);
            last = more.size();
        }
        return messages;
    }

    /** Deletes any number of received messages: by ten, unless the adapter can do better. */
    default void deleteAll(List<String> receiptHandles) {
        for (int from = 0; from < receiptHandles.size(); from += Limits.MAX_BATCH) {
            delete(receiptHandles.subList(from, Math.min(receiptHandles.size(), from + Limits.MAX_BATCH)));
        }
    }

    /** As {@link #receive(int, Duration, Duration)} with the queue's default visibility timeout. */
    List<QueueMessage> receive(int max, Duration waitTime);

    void delete(String receiptHandle);

    /** Deletes up to ten messages. */
    void delete(List<String> receiptHandles);

    /** Hides a received message for {@code timeout} from now on ({@code Duration.ZERO} releases it at once). */
    void changeVisibility(String receiptHandle, Duration timeout);

    QueueStats stats();

    /** Moves up to {@code max} dead letters back to this queue with a fresh receive count. @return how many */
    int redriveDeadLetters(int max);

    /** The oldest dead letters, without changing them. */
    List<DeadLetter> peekDeadLetters(int limit);

    /** @return whether a dead letter with this id was found and removed */
    boolean discardDeadLetter(String messageId);
}
