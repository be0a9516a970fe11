package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.anonymize.AnonymousComment;
import dev.meridian.pipeline.anonymize.AnonymousIssue;
import dev.meridian.pipeline.records.LinkedIssue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the worker remembers of one issue, already anonymized: the latest issue image and each comment, every part
 * stamped with the outbox id that produced it. A change older than what is remembered is ignored, so redelivered
 * and out-of-order events cannot roll the state back (nor bring back a deleted comment).
 */
record IssueState(String key, AnonymousIssue issue, long issueEventId, boolean deleted, List<CommentEntry> comments,
                  List<LinkEntry> links) {

    IssueState {
        links = links == null ? List.of() : links;
    }

    /** A comment, or its tombstone when {@code comment} is null. */
    record CommentEntry(long id, long eventId, AnonymousComment comment) {
    }

    /** A link to another issue, or its tombstone when {@code issueKey} is null. */
    record LinkEntry(long id, long eventId, String type, String direction, String issueKey) {
    }

    static IssueState empty(String key) {
        return new IssueState(key, null, 0, false, List.of(), List.of());
    }

    /** The newest outbox id reflected here: records built from this state carry it as their version. */
    long version() {
        return Math.max(Math.max(issueEventId, comments.stream().mapToLong(CommentEntry::eventId).max().orElse(0)),
                links.stream().mapToLong(LinkEntry::eventId).max().orElse(0));
    }

    IssueState withIssue(long eventId, AnonymousIssue image, boolean isDeleted) {
        return withIssue(eventId, image, isDeleted, null);
    }

    /**
     * {@code imageLinks}: the links the issue image lists (null: the image says nothing about links); a link made or
     * removed after the image, by a newer link event, stays as that event left it.
     */
    IssueState withIssue(long eventId, AnonymousIssue image, boolean isDeleted, List<LinkEntry> imageLinks) {
        if (eventId <= issueEventId) {
            return this;
        }
        List<LinkEntry> updatedLinks = links;
        if (imageLinks != null) {
            updatedLinks = new ArrayList<>();
            for (LinkEntry known : links) {
                if (known.eventId() > eventId) {
                    updatedLinks.add(known);
                } else if (known.issueKey() != null && imageLinks.stream().noneMatch(link -> link.id() == known.id())) {
                    updatedLinks.add(new LinkEntry(known.id(), eventId, known.type(), known.direction(), null));
                }
            }
            for (LinkEntry link : imageLinks) {
                if (updatedLinks.stream().noneMatch(known -> known.id() == link.id())) {
                    updatedLinks.add(link);
                }
            }
            updatedLinks = List.copyOf(updatedLinks);
        }
        return new IssueState(key, isDeleted ? null : image, eventId, isDeleted, comments, updatedLinks);
    }

    /** A link event: {@code link.issueKey()} null removes the link. */
    IssueState withLink(LinkEntry link) {
        LinkEntry known = links.stream().filter(entry -> entry.id() == link.id()).findFirst().orElse(null);
        if (known != null && known.eventId() >= link.eventId()) {
            return this;
        }
        List<LinkEntry> updated = new ArrayList<>(links);
        updated.remove(known);
        updated.add(link);
        return new IssueState(key, issue, issueEventId, deleted, comments, List.copyOf(updated));
    }

    List<LinkedIssue> liveLinks() {
        return links.stream()
                .filter(link -> link.issueKey() != null)
                .sorted(Comparator.comparingLong(LinkEntry::id))
                .map(link -> new LinkedIssue(link.type(), link.direction(), link.issueKey()))
                .toList();
    }

    IssueState withComment(long eventId, long commentId, AnonymousComment comment) {
        CommentEntry known = comments.stream().filter(entry -> entry.id() == commentId).findFirst().orElse(null);
        if (known != null && known.eventId() >= eventId) {
            return this;
        }
        List<CommentEntry> updated = new ArrayList<>(comments);
        updated.remove(known);
        updated.add(new CommentEntry(commentId, eventId, comment));
        return new IssueState(key, issue, issueEventId, deleted, List.copyOf(updated), links);
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
