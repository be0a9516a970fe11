package dev.meridian.pipeline.event;

import java.time.Instant;
import java.util.List;

/** A thumbs up or down on one of the assistant's answers: the question, the answer and the model that gave it. */
public record FeedbackImage(Long messageId, String rating, String comment, String question, String answer,
                            List<String> citations, String intent, String provider, String model, String modelVersion,
                            Instant at) {

    public FeedbackImage {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public boolean up() {
        return "up".equals(rating);
    }
}
