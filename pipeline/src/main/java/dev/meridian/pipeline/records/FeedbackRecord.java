package dev.meridian.pipeline.records;

import java.time.Instant;
import java.util.List;

/**
 * A rated answer of the assistant, anonymized: what was asked, what it answered, which issues it cited, and whether
 * the asker found it useful. The latest rating of an answer is the one a snapshot keeps.
 */
public record FeedbackRecord(String schemaVersion, long messageId, String projectKey, String rating, String comment,
                             String question, String answer, List<String> citations, String intent, String provider,
                             String model, String modelVersion, Instant at) {

    public static final String SCHEMA_VERSION = "meridian-feedback-1";

    /** The key its lines carry in a part's index, in place of an issue key: one per rated answer. */
    public String recordKey() {
        return "assistant-answer:" + messageId;
    }
}
