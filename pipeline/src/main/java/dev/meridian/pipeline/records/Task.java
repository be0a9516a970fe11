package dev.meridian.pipeline.records;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a training record teaches; the wire name is what manifests and rejects files show. */
public enum Task {
    TRIAGE("triage"),
    DISCUSSION_SUMMARY("discussion-summary"),
    ISSUE_QUESTION("issue-question"),
    DOCUMENT("document");

    private final String wire;

    Task(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
