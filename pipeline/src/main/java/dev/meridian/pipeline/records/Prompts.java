package dev.meridian.pipeline.records;

import dev.meridian.pipeline.anonymize.AnonymousComment;
import dev.meridian.pipeline.anonymize.AnonymousIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wording of each task; the assistant at run time must ask the same way to get what it was trained for. */
final class Prompts {

    private Prompts() {
    }

    static String system(String projectKey) {
        return "You are Meridian's assistant for the " + projectKey + " project. Answer from the issue data you are given.";
    }

    static String triageQuestion(AnonymousIssue issue, String description) {
        return "Triage this issue: give its type, priority and components.\n\nSummary: " + issue.summary()
                + (TrainingRecords.present(description) ? "\n\nDescription:\n" + description : "");
    }

    static String triageAnswer(AnonymousIssue issue) {
        return "Type: " + orNone(issue.type()) + "\nPriority: " + orNone(issue.priority())
                + "\nComponents: " + (issue.components().isEmpty() ? "none" : String.join(", ", issue.components()));
    }

    static String discussionQuestion(AnonymousIssue issue, String discussion) {
        return "Summarize the discussion on " + issue.key() + " (" + issue.summary() + ").\n\n" + discussion;
    }

    /** Extractive, from the data: who took part, where the issue stands, and the latest word. */
    static String discussionAnswer(AnonymousIssue issue, List<AnonymousComment> comments) {
        List<String> people = comments.stream().map(AnonymousComment::author).distinct().toList();
        AnonymousComment last = comments.get(comments.size() - 1);
        return comments.size() + (comments.size() == 1 ? " comment" : " comments") + " by " + String.join(", ", people) + ". "
                + issue.key() + " is " + stand(issue) + ". Latest, from " + last.author() + ": "
                + firstSentence(TrainingRecords.nonNull(last.body()));
    }

    static Map<String, String> questions(AnonymousIssue issue) {
        Map<String, String> questions = new LinkedHashMap<>();
        if (TrainingRecords.present(issue.status())) {
            questions.put("What is the status of " + issue.key() + "?", issue.key() + " is " + stand(issue) + ".");
        }
        questions.put("Who is assigned to " + issue.key() + "?", issue.assignee() == null
                ? issue.key() + " is unassigned." : issue.key() + " is assigned to " + issue.assignee() + ".");
        if (!issue.fixVersions().isEmpty()) {
            questions.put("Which versions will include the fix for " + issue.key() + "?",
                    "The fix for " + issue.key() + " is planned for " + String.join(", ", issue.fixVersions()) + ".");
        }
        if (TrainingRecords.present(issue.summary())) {
            questions.put("What is " + issue.key() + " about?", issue.summary().strip());
        }
        return questions;
    }

    private static String stand(AnonymousIssue issue) {
        String status = orNone(issue.status());
        return TrainingRecords.present(issue.resolution()) ? status + " (" + issue.resolution() + ")" : status;
    }

    private static String firstSentence(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int end = flat.indexOf(". ");
        String sentence = end > 0 ? flat.substring(0, end + 1) : flat;
        return TrainingRecords.clip(sentence, 300);
    }

    private static String orNone(String value) {
        return TrainingRecords.present(value) ? value : "none";
    }
}
