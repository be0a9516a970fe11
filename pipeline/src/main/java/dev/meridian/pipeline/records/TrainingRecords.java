package dev.meridian.pipeline.records;

import dev.meridian.pipeline.anonymize.AnonymousComment;
import dev.meridian.pipeline.anonymize.AnonymousIssue;
import dev.meridian.pipeline.event.FeedbackImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives training records from the current, anonymized state of one issue. Every answer comes from the data
 * itself (the issue's own fields, its own comments), so the records teach the team's conventions, not invented text.
 */
public final class TrainingRecords {

    private static final int MAX_DESCRIPTION = 8_000;
    private static final int MAX_COMMENT = 2_000;
    private static final int MAX_DISCUSSION = 24_000;

    public List<TrainingExample> examples(AnonymousIssue issue, List<AnonymousComment> comments) {
        List<TrainingExample> examples = new ArrayList<>();
        if (present(issue.summary()) && (present(issue.type()) || present(issue.priority()))) {
            examples.add(example(Task.TRIAGE, issue, Prompts.triageQuestion(issue, clip(issue.description(), MAX_DESCRIPTION)),
                    Prompts.triageAnswer(issue)));
        }
        if (!comments.isEmpty() && present(issue.summary())) {
            examples.add(example(Task.DISCUSSION_SUMMARY, issue, Prompts.discussionQuestion(issue, discussion(comments)),
                    Prompts.discussionAnswer(issue, comments)));
        }
        Prompts.questions(issue).forEach((question, answer) -> examples.add(example(Task.ISSUE_QUESTION, issue, question, answer)));
        return examples;
    }

    public IssueDocument document(AnonymousIssue issue, List<AnonymousComment> comments) {
        return document(issue, comments, List.of());
    }

    /** {@code links}: the issue's links to other issues, kept in {@code fields.links} (duplicates teach the ranker). */
    public IssueDocument document(AnonymousIssue issue, List<AnonymousComment> comments, List<LinkedIssue> links) {
        StringBuilder text = new StringBuilder(nonNull(issue.summary()));
        if (present(issue.description())) {
            text.append("\n\n").append(issue.description());
        }
        comments.forEach(comment -> text.append("\n\n").append(comment.author()).append(": ").append(nonNull(comment.body())));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", issue.type());
        fields.put("priority", issue.priority());
        fields.put("status", issue.status());
        fields.put("statusCategory", issue.statusCategory());
        fields.put("resolution", issue.resolution());
        fields.put("components", issue.components());
        fields.put("labels", issue.labels());
        fields.put("fixVersions", issue.fixVersions());
        fields.put("affectsVersions", issue.affectsVersions());
        fields.put("assignee", issue.assignee());
        fields.put("reporter", issue.reporter());
        fields.put("storyPoints", issue.storyPoints());
        fields.put("parentKey", issue.parentKey());
        fields.put("createdAt", issue.createdAt());
        fields.put("resolvedAt", issue.resolvedAt());
        fields.put("commentCount", comments.size());
        fields.put("links", links);
        return new IssueDocument(IssueDocument.SCHEMA_VERSION, issue.key(), issue.projectKey(), RoleWords.strip(text.toString()), fields);
    }

    /** A rated answer, already anonymized, as a record. */
    public FeedbackRecord feedback(String projectKey, FeedbackImage rated) {
        return new FeedbackRecord(FeedbackRecord.SCHEMA_VERSION, rated.messageId(), projectKey, rated.rating(), rated.comment(),
                RoleWords.strip(nonNull(rated.question())), RoleWords.strip(nonNull(rated.answer())), rated.citations(), rated.intent(),
                rated.provider(), rated.model(), rated.modelVersion(), rated.at());
    }

    /** An answer rated up teaches itself: a conversation of the question and that answer. */
    public Optional<Conversation> answerExample(FeedbackRecord feedback) {
        if (!"up".equals(feedback.rating()) || !present(feedback.question()) || !present(feedback.answer())) {
            return Optional.empty();
        }
        return Optional.of(Conversation.singleTurn(Prompts.system(feedback.projectKey()), feedback.question(), feedback.answer()));
    }

    private static TrainingExample example(Task task, AnonymousIssue issue, String question, String answer) {
        return new TrainingExample(task, issue.key(), Conversation.singleTurn(
                Prompts.system(issue.projectKey()), RoleWords.strip(question), RoleWords.strip(answer)));
    }

    private static String discussion(List<AnonymousComment> comments) {
        StringBuilder text = new StringBuilder();
        for (AnonymousComment comment : comments) {
            String line = comment.author() + ": " + clip(comment.body(), MAX_COMMENT) + "\n\n";
            if (text.length() + line.length() > MAX_DISCUSSION) {
                text.append("[").append(comments.size()).append(" comments in all; the rest left out]");
                break;
            }
            text.append(line);
        }
        return text.toString().strip();
    }

    static String clip(String text, int max) {
        String value = nonNull(text);
        return value.length() <= max ? value : value.substring(0, max) + " […]";
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
