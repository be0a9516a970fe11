package dev.meridian.assistant.internal;

import dev.meridian.assistant.ModelInference;
import dev.meridian.assistant.internal.Answer.ToolCall;
import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.CommentView;
import dev.meridian.issues.Comments;
import dev.meridian.issues.HistoryEntry;
import dev.meridian.issues.IssueView;
import dev.meridian.issues.Issues;
import dev.meridian.platform.ProblemException;
import dev.meridian.search.Search;
import dev.meridian.search.SearchResult;
import dev.meridian.training.Inference;
import dev.meridian.training.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The chat's tools. Each runs as the asking user through the modules' public APIs, so it sees only what that user
 * may browse, and none of them changes anything. Every call is written down in the {@link Trace}.
 */
@Component
class ChatTools {

    private final Search search;
    private final Issues issues;
    private final Comments comments;
    private final ObjectProvider<ModelInference> model;
    private final WordSimilarity words;
    private final Inference inference;

    ChatTools(Search search, Issues issues, Comments comments, ObjectProvider<ModelInference> model, WordSimilarity words,
            Inference inference) {
        this.search = search;
        this.issues = issues;
        this.comments = comments;
        this.model = model;
        this.words = words;
        this.inference = inference;
    }

    /** The tool calls of one answer, in order. */
    static final class Trace {

        private final List<ToolCall> calls = new ArrayList<>();

        void add(String tool, String input, String outcome) {
            calls.add(new ToolCall(tool, input, outcome));
        }

        List<ToolCall> calls() {
            return List.copyOf(calls);
        }
    }

    SearchResult search(String jql, int max, CurrentUser user, Trace trace) {
        var result = search.search(jql, 0, max, user);
        trace.add("search", jql, result.total() + " issues");
        return result;
    }

    long count(String filter, CurrentUser user, Trace trace) {
        var total = search.count(filter, user);
        trace.add("count", filter, String.valueOf(total));
        return total;
    }

    /** Counts per value of {@code field}, largest first, with the issues that have none under "(none)". */
    Map<String, Long> countBy(String filter, String field, List<String> values, CurrentUser user, Trace trace) {
        var counts = new LinkedHashMap<String, Long>();
        var scope = filter.isBlank() ? "" : "(" + filter + ") AND ";
        for (var value : values) {
            var n = search.count(scope + field + " = " + NaturalSearch.quote(value), user);
            if (n > 0) {
                counts.put(value, n);
            }
        }
        if (!field.equals("status") && !field.equals("issuetype")) {
            var none = search.search(scope + field + " is EMPTY", 0, 1, user).total();
            if (none > 0) {
                counts.put("(none)", none);
            }
        }
        var sorted = new LinkedHashMap<String, Long>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        trace.add("count by " + field, filter, sorted.toString());
        return sorted;
    }

    Optional<IssueView> issue(String key, CurrentUser user, Trace trace) {
        try {
            var issue = issues.get(key, user);
            trace.add("get issue", key, issue.status());
            return Optional.of(issue);
        } catch (ProblemException e) {
            trace.add("get issue", key, "not found");
            return Optional.empty();
        }
    }

    List<CommentView> comments(String key, CurrentUser user, Trace trace) {
        var list = comments.list(key, user);
        trace.add("comments", key, list.size() + " comments");
        return list;
    }

    List<HistoryEntry> history(String key, CurrentUser user, Trace trace) {
        var list = issues.history(key, user);
        trace.add("history", key, list.size() + " changes");
        return list;
    }

    /** Issues most like the given one: the active model's ranking when one is wired, else the words they share. */
    Similar similar(IssueView issue, int limit, CurrentUser user, Trace trace) {
        var inference = model.getIfAvailable();
        if (inference != null) {
            var answer = inference.similar(issue.key(), limit, user);
            if (answer.isPresent()) {
                trace.add("similar issues", issue.key(), answer.get().issues().size() + " issues (model " + answer.get().modelVersion() + ")");
                return new Similar(answer.get().issues(), answer.get().modelVersion());
            }
        }
        var found = words.similar(issue.projectKey(), issue.key(), issue.summary() + " " + nullToEmpty(issue.description()), limit, user);
        trace.add("similar issues", issue.key(), found.size() + " issues (shared words, no trained model)");
        return new Similar(found, null);
    }

    Similar similarToText(String projectKey, String text, int limit, CurrentUser user, Trace trace) {
        var found = words.similar(projectKey, null, text, limit, user);
        trace.add("similar issues", text, found.size() + " issues (shared words, no trained model)");
        return new Similar(found, null);
    }

    /**
     * The active model's triage suggestions (field values with confidences) and possible duplicates for a draft issue.
     *
     * @throws dev.meridian.training.NoActiveModelException the project has no trained model yet
     */
    Suggestions suggest(String projectKey, String summary, String description, CurrentUser user, Trace trace) {
        var suggestions = inference.suggest(projectKey, new dev.meridian.training.Draft(summary, description), user);
        trace.add("triage suggestions", projectKey + ": " + Markdown.clip(summary == null ? "" : summary, 80),
                suggestions.fields().size() + " fields, " + suggestions.possibleDuplicates().size() + " possible duplicates (model "
                        + suggestions.modelVersion() + ")");
        return suggestions;
    }

    /** {@code modelVersion}: null when ranked by shared words. */
    record Similar(List<ModelInference.Scored> issues, String modelVersion) {
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
