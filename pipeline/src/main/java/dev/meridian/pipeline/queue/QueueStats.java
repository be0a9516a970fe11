package dev.meridian.pipeline.queue;

import java.time.Duration;
import java.util.Optional;

/**
 * Depth figures of a queue and its dead-letter queue.
 *
 * @param oldestVisibleAge empty when nothing is waiting, or when the adapter cannot know it (SQS publishes it
 *                         only as the CloudWatch metric {@code ApproximateAgeOfOldestMessage})
 */
public record QueueStats(long visible, long inFlight, Optional<Duration> oldestVisibleAge, long deadLetters) {
}
