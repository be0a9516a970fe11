package dev.meridian.pipeline.records;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a training record teaches; the wire name is what manifests and rejects files show. */
public enum Task {
    TRIAGE("triage"),
    DISCUSSION_SUMMARY("discussion-summary"),
    ISSUE_QUESTION("issue-question"),
    DOCUMENT("document"),
    /** A question and the assistant's answer its asker rated up: a conversation record like the others. */
    ASSISTANT_ANSWER("assistant-answer"),
    /** Every rating, up or down, with the question and answer: {@code feedback.jsonl} of a snapshot. */
    FEEDBACK("feedback");

    private final String wire;

    Task(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
