package dev.meridian.pipeline.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What happened to the aggregate. Types this worker does not know yet arrive as {@link #OTHER} and are skipped. */
public enum ChangeType {
    ISSUE_CREATED("issue.created"),
    ISSUE_UPDATED("issue.updated"),
    ISSUE_DELETED("issue.deleted"),
    COMMENT_ADDED("comment.added"),
    COMMENT_UPDATED("comment.updated"),
    COMMENT_DELETED("comment.deleted"),
    LINK_CREATED("link.created"),
    LINK_DELETED("link.deleted"),
    PROJECT_CREATED("project.created"),
    PROJECT_UPDATED("project.updated"),
    ASSISTANT_FEEDBACK("assistant.feedback"),
    OTHER("other");

    private final String wire;

    ChangeType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ChangeType of(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(wire)).findFirst().orElse(OTHER);
    }
}
