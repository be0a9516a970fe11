package dev.meridian.pipeline.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * One queue's configuration.
 *
 * @param visibilityTimeout used when a receive names none
 * @param maxReceiveCount   receives after which an undeleted message goes to the dead-letter queue
 * @param deadLetterQueue   the dead-letter queue's name
 */
public record QueueSettings(String name, Duration visibilityTimeout, int maxReceiveCount, String deadLetterQueue) {

    public QueueSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(deadLetterQueue, "deadLetterQueue");
        Limits.checkVisibility(visibilityTimeout);
        if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
            throw new IllegalArgumentException("maxReceiveCount must be between 1 and 1000, was " + maxReceiveCount);
        }
        if (name.equals(deadLetterQueue)) {
            throw new IllegalArgumentException("a queue cannot be its own dead-letter queue: " + name);
        }
        if (FifoGroups.isFifo(name) != FifoGroups.isFifo(deadLetterQueue)) {
            throw new IllegalArgumentException("a FIFO queue needs a FIFO dead-letter queue and a standard one a standard one (names "
                    + "ending in .fifo): " + name + " and " + deadLetterQueue);
        }
    }

    /**
     * A queue whose dead-letter queue is named {@code <name>-dlq}, or {@code <name>-dlq.fifo} for a FIFO queue
     * ({@code <name>.fifo}).
     */
    public static QueueSettings of(String name, Duration visibilityTimeout, int maxReceiveCount) {
        String deadLetters = FifoGroups.isFifo(name)
                ? name.substring(0, name.length() - FifoGroups.FIFO_SUFFIX.length()) + "-dlq" + FifoGroups.FIFO_SUFFIX : name + "-dlq";
        return new QueueSettings(name, visibilityTimeout, maxReceiveCount, deadLetters);
    }

    /** An SQS FIFO queue: messages in one group per project (see {@link SqsQueue}); the queue tables ignore it. */
    public boolean fifo() {
        return FifoGroups.isFifo(name);
    }
}
