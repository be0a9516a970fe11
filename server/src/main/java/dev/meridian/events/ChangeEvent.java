package dev.meridian.events;

/**
 * A change, named in the past tense ({@code issue.created}, {@code comment.deleted}), with the entity as it is
 * after the change (for a deletion: as it was, plus {@code "deleted": true}).
 */
public record ChangeEvent(String type, String aggregateType, String aggregateId, String projectKey, Long actorId,
        Object afterImage) {
}
