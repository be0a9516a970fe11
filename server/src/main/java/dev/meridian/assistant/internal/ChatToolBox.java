package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueSummary;
import dev.meridian.platform.ProblemException;
import dev.meridian.platform.ReaderZone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@link ChatTools} for a language model: read-only, run as the asking user, results as plain JSON values. */
@Component
class ChatToolBox implements ToolBox {

    private static final Map<String, Object> JQL = Map.of("type", "string", "description",
            "a JQL query, e.g. project = HADOOP AND resolution = Unresolved ORDER BY created DESC");

    private static final Map<String, Object> PROJECT = Map.of("type", "string", "description", "a project key, e.g. HADOOP");

    private final ChatTools tools;
    private final LexiconReader lexicons;
    private final RecentChanges changes;
    private final SprintStatus sprints;
    private final Summarizer summarizer;

    ChatToolBox(ChatTools tools, LexiconReader lexicons, RecentChanges changes, SprintStatus sprints, Summarizer summarizer) {
        this.tools = tools;
        this.lexicons = lexicons;
        this.changes = changes;
        this.sprints = sprints;
        this.summarizer = summarizer;
    }

    @Override
    public List<Spec> specs() {
        return List.of(
                spec("search_issues", "Issues matching a JQL query (at most 20), with key, summary, status, priority, assignee.",
                        Map.of("jql", JQL), "jql"),
                spec("count_issues", "How many issues match a JQL query.", Map.of("jql", JQL), "jql"),
                spec("count_issues_by", "How many issues matching a JQL query have each value of a field.",
                        Map.of("jql", JQL, "field", Map.of("type", "string", "enum",
                                List.of("status", "priority", "issuetype", "resolution", "assignee", "reporter", "component", "labels"))),
                        "jql", "field"),
                spec("get_issue", "One issue by key: its fields, description and latest comments.",
                        Map.of("key", Map.of("type", "string", "description", "an issue key, e.g. HADOOP-12")), "key"),
                spec("recent_changes", "What changed in a project (or the issues of a JQL query) since a time: the issues "
                        + "changed, most recent first, with their field changes, new comments and creations after that time.",
                        Map.of("project", PROJECT, "jql", JQL, "since", Map.of("type", "string",
                                "description", "-1d, -2h, startOfWeek(), 2024-01-31, 2024-01-31 14:00, yesterday, last week")),
                        "since"),
                spec("sprint_status", "Where a project's boards stand: each board's active sprint (dates, days left, issues, "
                        + "done), the issues in each column with its WIP limits, and the next planned sprints.",
                        Map.of("project", PROJECT), "project"),
                spec("suggest_triage", "The project's trained model's suggestions for a draft issue: type, priority, "
                        + "component, version, assignee (each with a confidence) and possible duplicates. Changes nothing.",
                        Map.of("project", PROJECT, "summary", Map.of("type", "string"), "description", Map.of("type", "string")),
                        "project", "summary"),
                spec("similar_issues", "Issues most like a given issue (possible duplicates), best first.",
                        Map.of("key", Map.of("type", "string")), "key"),
                spec("summarize_issue", "A short summary of one issue: its state, description and the decisive comments.",
                        Map.of("key", Map.of("type", "string", "description", "an issue key, e.g. HADOOP-12")), "key"));
    }

    private static Spec spec(String name, String description, Map<String, Object> properties, String... required) {
        return new Spec(name, description, Map.of("type", "object", "properties", properties, "required", List.of(required)));
    }

    @Override
    public Result call(String name, Map<String, Object> arguments, CurrentUser user, Trace trace) {
        try {
            return switch (name) {
                case "search_issues" -> issues(tools.search(text(arguments, "jql"), 20, user, trace).issues());
                case "count_issues" -> new Result(Map.of("total", tools.count(text(arguments, "jql"), user, trace)), List.of());
                case "count_issues_by" -> countBy(arguments, user, trace);
                case "get_issue" -> issue(text(arguments, "key"), user, trace);
                case "recent_changes" -> recentChanges(arguments, user, trace);
                case "sprint_status" -> new Result(SprintStatus.asData(sprints.of(text(arguments, "project"), user, trace)), List.of());
                case "suggest_triage" -> triage(arguments, user, trace);
                case "similar_issues" -> similar(text(arguments, "key"), user, trace);
                case "summarize_issue" -> summary(text(arguments, "key"), user, trace);
                default -> new Result(Map.of("error", "no tool named " + name), List.of());
            };
        } catch (ProblemException | IllegalArgumentException e) {
            trace.add(name, arguments.toString(), "refused: " + e.getMessage());
            return new Result(Map.of("error", e.getMessage()), List.of());
        }
    }

    private Result countBy(Map<String, Object> arguments, CurrentUser user, Trace trace) {
        var field = text(arguments, "field");
        var values = SearchAnswers.values(field, lexicons.read(user));
        return new Result(tools.countBy(text(arguments, "jql"), field, values, user, trace), List.of());
    }

    private Result issue(String key, CurrentUser user, Trace trace) {
        var found = tools.issue(key, user, trace);
        if (found.isEmpty()) {
            return new Result(Map.of("error", key + " does not exist or you do not have access to it"), List.of());
        }
        var issue = found.get();
        var comments = tools.comments(key, user, trace);
        var out = new LinkedHashMap<String, Object>();
        out.put("key", issue.key());
        out.put("summary", issue.summary());
        out.put("type", issue.type());
        out.put("status", issue.status());
        out.put("resolution", issue.resolution());
        out.put("priority", issue.priority());
        out.put("assignee", issue.assignee() == null ? null : issue.assignee().displayName());
        out.put("reporter", issue.reporter() == null ? null : issue.reporter().displayName());
        out.put("created", issue.createdAt().toString());
        out.put("updated", issue.updatedAt().toString());
        out.put("resolved", issue.resolvedAt() == null ? null : issue.resolvedAt().toString());
        out.put("description", Markdown.clip(issue.description() == null ? "" : issue.description(), 2_000));
        out.put("comments", comments.stream().skip(Math.max(0, comments.size() - 5))
                .map(c -> Map.of("author", c.author().displayName(), "at", c.createdAt().toString(), "body", Markdown.clip(c.body(), 800)))
                .toList());
        out.put("links", issue.links().stream().map(l -> l.description() + " " + l.key()).toList());
        var keys = new ArrayList<>(List.of(issue.key()));
        issue.links().forEach(l -> keys.add(l.key()));
        return new Result(out, keys);
    }

    private Result recentChanges(Map<String, Object> arguments, CurrentUser user, Trace trace) {
        var out = changes.of(optional(arguments, "project"), optional(arguments, "jql"), text(arguments, "since"), user, trace);
        @SuppressWarnings("unchecked")
        var issues = (List<Map<String, Object>>) out.get("issues");
        return new Result(out, issues.stream().map(i -> (String) i.get("key")).toList());
    }

    private Result triage(Map<String, Object> arguments, CurrentUser user, Trace trace) {
        var suggestions = tools.suggest(text(arguments, "project"), text(arguments, "summary"), optional(arguments, "description"),
                user, trace);
        return new Result(suggestions, suggestions.possibleDuplicates().stream().map(d -> d.key()).toList());
    }

    private Result similar(String key, CurrentUser user, Trace trace) {
        var issue = tools.issue(key, user, trace);
        if (issue.isEmpty()) {
            return new Result(Map.of("error", key + " does not exist or you do not have access to it"), List.of());
        }
        var similar = tools.similar(issue.get(), 10, user, trace);
        return new Result(Map.of("model", similar.modelVersion() == null ? "shared words" : similar.modelVersion(),
                "issues", similar.issues()), similar.issues().stream().map(s -> s.key()).toList());
    }

    private Result summary(String key, CurrentUser user, Trace trace) {
        // In UTC, as every tool's times: the model is told to write them in the reader's zone.
        var summary = summarizer.summarize(key, ReaderZone.DEFAULT, user);
        trace.add("summarize issue", key, summary.model());
        return new Result(Map.of("summary", summary.text(), "model", summary.model()), summary.citations());
    }

    private static Result issues(List<IssueSummary> issues) {
        var rows = issues.stream().map(i -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("key", i.key());
            row.put("summary", i.summary());
            row.put("status", i.status());
            row.put("priority", i.priority());
            row.put("assignee", i.assignee() == null ? null : i.assignee().displayName());
            row.put("created", i.createdAt().toString());
            row.put("updated", i.updatedAt().toString());
            return row;
        }).toList();
        return new Result(Map.of("issues", rows), issues.stream().map(IssueSummary::key).toList());
    }

    private static String optional(Map<String, Object> arguments, String name) {
        return arguments.get(name) instanceof String s && !s.isBlank() ? s : null;
    }

    private static String text(Map<String, Object> arguments, String name) {
        var value = arguments.get(name);
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("'" + name + "' is required and must be a string");
        }
        return s;
    }
}
