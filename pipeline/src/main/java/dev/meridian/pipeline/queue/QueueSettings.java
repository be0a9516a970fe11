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
    }

    /** A queue whose dead-letter queue is named {@code <name>-dlq}. */
    public static QueueSettings of(String name, Duration visibilityTimeout, int maxReceiveCount) {
        return new QueueSettings(name, visibilityTimeout, maxReceiveCount, name + "-dlq");
    }
}
