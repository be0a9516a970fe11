package dev.meridian.pipeline.event;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One change as the outbox relay publishes it to the queue: the aggregate's after-image at one point of the
 * outbox. {@code eventId} is the outbox id: unique, and increasing in commit order.
 */
public record ChangeEvent(long eventId, ChangeType type, String aggregateType, String aggregateId,
                          String projectKey, Long actorId, Instant occurredAt, JsonNode payload) {

    public ChangeEvent {
        if (eventId <= 0) {
            throw new IllegalArgumentException("eventId must be a positive outbox id, got " + eventId);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }

    /** @throws tools.jackson.core.JacksonException or a NullPointerException when the message is not a change event */
    public static ChangeEvent parse(String json) {
        return Json.MAPPER.readValue(json, ChangeEvent.class);
    }

    public String toJson() {
        return Json.MAPPER.writeValueAsString(this);
    }

    public IssueImage issue() {
        return Json.MAPPER.treeToValue(payload, IssueImage.class);
    }

    public CommentImage comment() {
        return Json.MAPPER.treeToValue(payload, CommentImage.class);
    }

    public LinkImage link() {
        return Json.MAPPER.treeToValue(payload, LinkImage.class);
    }

    public FeedbackImage feedback() {
        return Json.MAPPER.treeToValue(payload, FeedbackImage.class);
    }

    public ProjectImage project() {
        return Json.MAPPER.treeToValue(payload, ProjectImage.class);
    }

    /**
     * Reads the after-image for this event's type, so that a malformed event is found (and fails) on its own
     * before it is batched with others.
     *
     * @return the issue image of an issue event, read once here so that the worker need not read it again
     * @throws RuntimeException when the payload does not fit the type
     */
    public IssueImage validate() {
        IssueImage image = null;
        switch (type) {
            case ISSUE_CREATED, ISSUE_UPDATED -> image = issue();
            case COMMENT_ADDED, COMMENT_UPDATED, COMMENT_DELETED -> Objects.requireNonNull(comment().id(), "comment id");
            case PROJECT_CREATED, PROJECT_UPDATED -> project();
            case LINK_CREATED, LINK_DELETED -> Objects.requireNonNull(link().id(), "link id");
            case ASSISTANT_FEEDBACK -> {
                FeedbackImage feedback = feedback();
                Objects.requireNonNull(feedback.messageId(), "message id");
                if (!feedback.up() && !"down".equals(feedback.rating())) {
                    throw new IllegalArgumentException("event " + eventId + " rates an answer \"" + feedback.rating() + "\", not up or down");
                }
            }
            default -> { }
        }
        boolean aboutAnIssue = type.wire().startsWith("issue.") || type.wire().startsWith("comment.");
        if (aboutAnIssue && (issueKey() == null || !issueKey().startsWith(projectKey + "-"))) {
            throw new IllegalArgumentException("event " + eventId + " names no issue of project " + projectKey);
        }
        return image;
    }

    /** The issue this event is about, for issue and comment events; null for the others. */
    public String issueKey() {
        return switch (type) {
            case ISSUE_CREATED, ISSUE_UPDATED, ISSUE_DELETED -> aggregateId;
            case COMMENT_ADDED, COMMENT_UPDATED, COMMENT_DELETED -> payload.path("issueKey").asString(null);
            default -> null;
        };
    }
}
