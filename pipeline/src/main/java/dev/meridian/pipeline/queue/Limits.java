package dev.meridian.pipeline.queue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** The SQS limits, enforced alike by both adapters so that code written against one works on the other. */
final class Limits {

    static final int MAX_BATCH = 10;
    static final int MAX_BODY_BYTES = 256 * 1024;
    static final Duration MAX_WAIT = Duration.ofSeconds(20);
    static final Duration MAX_VISIBILITY = Duration.ofHours(12);

    private Limits() {
    }

    static void checkSend(List<String> bodies) {
        checkBatch(bodies, "send");
        checkBodies(bodies);
    }

    static void checkBodies(List<String> bodies) {
        for (int i = 0; i < bodies.size(); i++) {
            int bytes = bodies.get(i).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BODY_BYTES) {
                throw new IllegalArgumentException("message " + i + " has " + bytes
                        + " bytes; a message body may have at most " + MAX_BODY_BYTES + " (256 KiB)");
            }
        }
    }

    static void checkBatch(Collection<?> batch, String operation) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException(
                    "a " + operation + " batch holds 1 to " + MAX_BATCH + " messages, not " + batch.size());
        }
    }

    static void checkReceive(int max, Duration waitTime, Duration visibilityTimeout) {
        if (max < 1 || max > MAX_BATCH) {
            throw new IllegalArgumentException("a receive returns 1 to " + MAX_BATCH + " messages, not " + max);
        }
        if (waitTime.isNegative() || waitTime.compareTo(MAX_WAIT) > 0) {
            throw new IllegalArgumentException("the wait time is 0 to 20 s, not " + waitTime);
        }
        checkVisibility(visibilityTimeout);
    }

    static void checkVisibility(Duration timeout) {
        if (timeout.isNegative() || timeout.compareTo(MAX_VISIBILITY) > 0) {
            throw new IllegalArgumentException("a visibility timeout is 0 to 12 h, not " + timeout);
        }
    }
}
