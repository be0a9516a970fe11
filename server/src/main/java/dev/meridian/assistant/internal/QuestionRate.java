package dev.meridian.assistant.internal;

import dev.meridian.platform.ProblemException;
import dev.meridian.platform.RecentCounts;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** At most {@code questionsPerMinute} questions per user in any minute (a sliding window, in this server's memory). */
@Component
class QuestionRate {

    private final int limit;
    private final RecentCounts<Long> asked;

    QuestionRate(AssistantProperties properties, Clock clock) {
        this.limit = properties.questionsPerMinute();
        this.asked = new RecentCounts<>(limit, Duration.ofMinutes(1), clock);
    }

    /** @throws ProblemException 429 saying when the next question will be answered */
    void take(long userId) {
        var wait = asked.take(userId);
        if (!wait.isZero()) {
            long seconds = wait.toSeconds() + 1;
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "You have asked " + limit
                    + " questions in the last minute, which is as many as the assistant answers per person. Ask again in "
                    + seconds + " s.").with("title", "Too many questions").with("retryAfterSeconds", seconds);
        }
    }
}
