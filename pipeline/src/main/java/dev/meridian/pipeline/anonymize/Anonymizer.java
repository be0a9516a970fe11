package dev.meridian.pipeline.anonymize;

import dev.meridian.pipeline.event.CommentImage;
import dev.meridian.pipeline.event.FeedbackImage;
import dev.meridian.pipeline.event.IssueImage;
import java.util.List;

/**
 * Turns after-images into what may be stored: people become pseudonyms and every free-text field is redacted.
 * Learn the people of a batch into the roster first, so that a comment naming the reporter is caught too.
 */
public final class Anonymizer {

    private final Redactor redactor = new Redactor();

    public AnonymousIssue issue(IssueImage issue, Roster roster, Redactions counts) {
        return new AnonymousIssue(issue.key(), issue.projectKey(),
                text(issue.summary(), roster, counts), text(issue.description(), roster, counts),
                issue.type(), issue.status(), issue.statusCategory(), issue.priority(), issue.resolution(),
                roster.add(issue.assignee()), roster.add(issue.reporter()),
                texts(issue.labels(), roster, counts), texts(issue.components(), roster, counts),
                texts(issue.fixVersions(), roster, counts), texts(issue.affectsVersions(), roster, counts),
                issue.storyPoints(), issue.dueDate(), issue.parentKey(),
                issue.createdAt(), issue.updatedAt(), issue.resolvedAt());
    }

    public AnonymousComment comment(CommentImage comment, Roster roster, Redactions counts) {
        return new AnonymousComment(comment.id(), roster.add(comment.author()),
                text(comment.body(), roster, counts), comment.createdAt());
    }

    /** The rating's free text (question, answer, comment) redacted; the rater is not kept at all. */
    public FeedbackImage feedback(FeedbackImage feedback, Roster roster, Redactions counts) {
        return new FeedbackImage(feedback.messageId(), feedback.rating(), text(feedback.comment(), roster, counts),
                text(feedback.question(), roster, counts), text(feedback.answer(), roster, counts), feedback.citations(),
                feedback.intent(), feedback.provider(), feedback.model(), feedback.modelVersion(), feedback.at());
    }

    public String text(String text, Roster roster, Redactions counts) {
        return redactor.redact(text, roster, counts);
    }

    private List<String> texts(List<String> values, Roster roster, Redactions counts) {
        return values.stream().map(value -> text(value, roster, counts)).toList();
    }
}
