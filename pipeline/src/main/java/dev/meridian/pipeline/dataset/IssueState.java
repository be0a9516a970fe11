package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.anonymize.AnonymousComment;
import dev.meridian.pipeline.anonymize.AnonymousIssue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the worker remembers of one issue, already anonymized: the latest issue image and each comment, every part
 * stamped with the outbox id that produced it. A change older than what is remembered is ignored, so redelivered
 * and out-of-order events cannot roll the state back (nor bring back a deleted comment).
 */
record IssueState(String key, AnonymousIssue issue, long issueEventId, boolean deleted, List<CommentEntry> comments) {

    /** A comment, or its tombstone when {@code comment} is null. */
    record CommentEntry(long id, long eventId, AnonymousComment comment) {
    }

    static IssueState empty(String key) {
        return new IssueState(key, null, 0, false, List.of());
    }

    /** The newest outbox id reflected here: records built from this state carry it as their version. */
    long version() {
        return Math.max(issueEventId, comments.stream().mapToLong(CommentEntry::eventId).max().orElse(0));
    }

    IssueState withIssue(long eventId, AnonymousIssue image, boolean isDeleted) {
        if (eventId <= issueEventId) {
            return this;
        }
        return new IssueState(key, isDeleted ? null : image, eventId, isDeleted, comments);
    }

    IssueState withComment(long eventId, long commentId, AnonymousComment comment) {
        CommentEntry known = comments.stream().filter(entry -> entry.id() == commentId).findFirst().orElse(null);
        if (known != null && known.eventId() >= eventId) {
            return this;
        }
        List<CommentEntry> updated = new ArrayList<>(comments);
        updated.remove(known);
        updated.add(new CommentEntry(commentId, eventId, comment));
        return new IssueState(key, issue, issueEventId, deleted, List.copyOf(updated));
    }

    List<AnonymousComment> liveComments() {
        return comments.stream()
                .map(CommentEntry::comment)
                .filter(comment -> comment != null && comment.body() != null && !comment.body().isBlank())
                .sorted(Comparator.comparing(AnonymousComment::createdAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                        .thenComparingLong(AnonymousComment::id))
                .toList();
    }
}
