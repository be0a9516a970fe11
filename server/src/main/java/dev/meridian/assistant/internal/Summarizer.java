package dev.meridian.assistant.internal;

import static dev.meridian.assistant.internal.IssueAnswers.assignee;
import static dev.meridian.assistant.internal.IssueAnswers.name;
import static dev.meridian.assistant.internal.IssueAnswers.person;
import static dev.meridian.assistant.internal.IssueAnswers.title;
import static dev.meridian.assistant.internal.Markdown.escape;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.CommentView;
import dev.meridian.issues.IssueView;
import dev.meridian.issues.Issues;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A short summary of one issue from its own text only: what it is and where it stands, the opening of its description,
 * and who said what that decided things in the comment thread (the comment that resolved it, the latest word, questions
 * nobody has answered yet). Extractive: every quoted phrase is the issue's, escaped, so nothing is invented or obeyed.
 */
@Component
class Summarizer {

    static final Answer.ModelInfo MODEL = new Answer.ModelInfo("local", "meridian-extractive", "1");

    /** Words that settle something in a thread: a commit, a fix, a decision to close, an approval. */
    private static final Pattern DECISIVE = Pattern.compile("(?i)\\b(commit(ted|ting)?|pushed|merged|fixed|fix(es)? (it|this)"
            + "|resolv(e|ed|ing)|clos(ed|ing)|duplicates?|won'?t fix|not a problem|invalid|can(no|')t reproduce|revert(ed|ing)?"
            + "|lgtm|looks good)\\b|(?<!\\w)\\+1\\b");
    /** A comment a little after the resolution still explains it (people resolve, then say why). */
    private static final Duration RESOLUTION_SLACK = Duration.ofMinutes(10);
    private static final int OPEN_QUESTIONS = 2;

    /** {@code model}: provider/name@version of what wrote it. */
    record Summary(String text, List<String> citations, String model) {
    }

    private final Issues issues;
    private final ChatTools tools;

    Summarizer(Issues issues, ChatTools tools) {
        this.issues = issues;
        this.tools = tools;
    }

    /** The summary of an issue the caller can see, times written in {@code zone}; a 404 problem when they cannot. */
    Summary summarize(String key, ZoneId zone, CurrentUser user) {
        var issue = issues.get(key, user);
        var d = new Draft("summarize", part -> { }, zone);
        write(d, issue, user, new Trace());
        return new Summary(d.text(), d.citations(), MODEL.label());
    }

    /** Writes the summary of {@code issue} into an answer, citing only the issue itself. */
    void write(Draft d, IssueView issue, CurrentUser user, Trace trace) {
        d.cite(issue.key());
        d.paragraph(title(issue) + ": a " + issue.type().toLowerCase(Locale.ROOT)
                + (issue.priority() == null ? "" : " of priority " + issue.priority()) + ", **" + issue.status() + "**"
                + (issue.resolution() == null ? "" : " (" + issue.resolution() + ")") + ", " + assignee(issue)
                + ", reported by " + person(issue.reporter()) + ".");
        var description = Summaries.leadSentences(issue.description(), 3, 400);
        d.paragraph(description.isEmpty() ? "It has no description." : "The description says:\n\n> " + escape(description));
        var comments = tools.comments(issue.key(), user, trace);
        if (comments.isEmpty()) {
            d.paragraph("No one has commented on it.");
            return;
        }
        var people = comments.stream().map(c -> name(c.author())).distinct().toList();
        d.paragraph(comments.size() + (comments.size() == 1 ? " comment" : " comments") + " by " + String.join(", ", people)
                + ", from " + d.when(comments.get(0).createdAt()) + " to " + d.when(comments.get(comments.size() - 1).createdAt()) + ".");
        var latest = comments.get(comments.size() - 1);
        var decided = issue.resolvedAt() != null ? resolving(issue, comments)
                : comments.stream().filter(c -> DECISIVE.matcher(c.body()).find()).reduce((a, b) -> b);
        decided.ifPresent(c -> quote(d, issue.resolvedAt() != null ? "Resolution" : "Decisive", c, gist(c.body())));
        if (decided.filter(latest::equals).isEmpty()) {
            quote(d, "Latest", latest, Summaries.leadSentences(latest.body(), 2, 300));
        }
        var questions = openQuestions(comments);
        if (!questions.isEmpty()) {
            d.paragraph("Open " + (questions.size() == 1 ? "question" : "questions") + ":\n\n"
                    + String.join("\n", questions.stream().map(q -> "- " + escape(q)).toList()));
        }
    }

    /** The comment that explains the resolution: the last decisive one up to it, else the last one before it. */
    private static Optional<CommentView> resolving(IssueView issue, List<CommentView> comments) {
        if (issue.resolvedAt() == null) {
            return Optional.empty();
        }
        var upTo = comments.stream().filter(c -> !c.createdAt().isAfter(issue.resolvedAt().plus(RESOLUTION_SLACK))).toList();
        return upTo.stream().filter(c -> DECISIVE.matcher(c.body()).find()).reduce((a, b) -> b)
                .or(() -> upTo.stream().reduce((a, b) -> b));
    }

    private static void quote(Draft d, String label, CommentView comment, String words) {
        d.paragraph("**" + label + "**, " + name(comment.author()) + " on " + d.when(comment.createdAt()) + ":\n\n> " + escape(words));
    }

    /** A comment's decisive sentence (and the one after it), else its opening. */
    private static String gist(String body) {
        var sentences = Summaries.sentences(body);
        for (int i = 0; i < sentences.size(); i++) {
            if (DECISIVE.matcher(sentences.get(i)).find()) {
                var gist = sentences.get(i) + (i + 1 < sentences.size() ? " " + sentences.get(i + 1) : "");
                return Markdown.clip(gist, 300);
            }
        }
        return Summaries.leadSentences(body, 2, 300);
    }

    /** Questions nobody else has commented after, the most recent last. */
    private static List<String> openQuestions(List<CommentView> comments) {
        var open = new ArrayList<String>();
        for (int i = 0; i < comments.size(); i++) {
            var asker = comments.get(i).author();
            var answered = comments.subList(i + 1, comments.size()).stream().anyMatch(c -> !c.author().equals(asker));
            if (!answered) {
                Summaries.sentences(comments.get(i).body()).stream().filter(s -> s.endsWith("?"))
                        .map(s -> Markdown.clip(s, 200) + " (" + asker.displayName() + ")").forEach(open::add);
            }
        }
        return open.subList(Math.max(0, open.size() - OPEN_QUESTIONS), open.size());
    }
}
