package dev.meridian.pipeline.queue;

import java.time.Instant;

/**
 * A received message.
 *
 * @param receiptHandle names this delivery (not the message): delete and change visibility with it
 * @param receiveCount  how many times the message has been received, this time included
 */
public record QueueMessage(String id, String receiptHandle, String body, int receiveCount, Instant sentAt) {
}
