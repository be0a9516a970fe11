package dev.meridian.assistant.internal;

import dev.meridian.platform.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** At most {@code questionsPerMinute} questions per user in any minute (a sliding window, in this server's memory). */
@Component
class QuestionRate {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final Clock clock;
    private final Map<Long, ArrayDeque<Instant>> asked = new ConcurrentHashMap<>();

    QuestionRate(AssistantProperties properties, Clock clock) {
        this.limit = properties.questionsPerMinute();
        this.clock = clock;
    }

    /** @throws ProblemException 429 saying when the next question will be answered */
    void take(long userId) {
        var now = Instant.now(clock);
        var times = asked.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                long wait = Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds() + 1);
                throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "You have asked " + limit
                        + " questions in the last minute, which is as many as the assistant answers per person. Ask again in "
                        + wait + " s.").with("title", "Too many questions").with("retryAfterSeconds", wait);
            }
            times.addLast(now);
        }
    }
}
