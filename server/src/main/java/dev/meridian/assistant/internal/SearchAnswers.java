package dev.meridian.assistant.internal;

import static dev.meridian.assistant.internal.Markdown.code;
import static dev.meridian.assistant.internal.Markdown.escape;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Answers over a set of issues named by JQL: lists, counts, counts by a field, the newest or oldest, recent changes. */
@Component
class SearchAnswers {

    static final int LISTED = 10;
    private static final Pattern PROJECT = Pattern.compile("\\bproject = ([A-Z][A-Z0-9]+)\\b");

    private final ChatTools tools;

    SearchAnswers(ChatTools tools) {
        this.tools = tools;
    }

    /** A filter (JQL without ORDER BY) and its ordering; either may be empty. */
    record Query(String filter, String order) {

        static Query of(String jql) {
            if (jql == null || jql.isBlank()) {
                return new Query("", "");
            }
            int at = jql.indexOf("ORDER BY ");
            return at < 0 ? new Query(jql.strip(), "") : new Query(jql.substring(0, at).strip(), jql.substring(at + "ORDER BY ".length()).strip());
        }

        Query and(String clause) {
            return new Query(filter.isEmpty() ? clause : filter + " AND " + clause, order);
        }

        Query orderBy(String order) {
            return new Query(filter, order);
        }

        String jql() {
            return (filter + (order.isEmpty() ? "" : " ORDER BY " + order)).strip();
        }

        String described() {
            return filter.isEmpty() ? "all the issues you can see" : code(filter);
        }

        String project() {
            var m = PROJECT.matcher(filter);
            return m.find() ? m.group(1) : null;
        }
    }

    void list(Draft d, Query q, CurrentUser user, Trace trace) {
        d.about(q.project());
        var result = tools.search(q.jql(), LISTED, user, trace);
        if (result.total() == 0) {
            d.paragraph("No issue you can see matches " + q.described() + ".");
            return;
        }
        var found = (result.totalExact() ? "" : "more than ") + result.total();
        d.paragraph("I found **" + found + "** " + issues(result.total()) + " matching " + q.described()
                + (q.order().isEmpty() ? "" : ", ordered by " + q.order()) + (result.total() > LISTED ? ". The first " + LISTED + ":" : ":"));
        bullets(d, result.issues());
    }

    void count(Draft d, Query q, CurrentUser user, Trace trace) {
        d.about(q.project());
        var n = tools.count(q.filter(), user, trace);
        if (n == 0) {
            d.paragraph("There are **0** issues matching " + q.described() + " among the issues you can see.");
            return;
        }
        d.paragraph("There " + (n == 1 ? "is **1** issue" : "are **" + n + "** issues") + " matching " + q.described() + ".");
        var newest = tools.search(q.orderBy("created DESC").jql(), 5, user, trace);
        d.paragraph(n <= 5 ? (n == 1 ? "It is:" : "They are:") : "The newest 5:");
        bullets(d, newest.issues());
    }

    void countBy(Draft d, Query q, String field, Lexicon lexicon, CurrentUser user, Trace trace) {
        d.about(q.project());
        var counts = tools.countBy(q.filter(), field, values(field, lexicon), user, trace);
        long total = tools.count(q.filter(), user, trace);
        if (total == 0) {
            d.paragraph("There are **0** issues matching " + q.described() + ", so there is nothing to count by " + field + ".");
            return;
        }
        d.paragraph("**" + total + "** " + issues(total) + " matching " + q.described() + ", by " + field + ":");
        d.line("| " + field + " | issues |").line("| --- | ---: |");
        counts.forEach((value, n) -> d.line("| " + escape(display(field, value, lexicon)) + " | " + n + " |"));
    }

    /** "Who has the most open bugs": counts by assignee (or reporter), the first (or last) named. */
    void whoMost(Draft d, Query q, String role, boolean fewest, Lexicon lexicon, CurrentUser user, Trace trace) {
        d.about(q.project());
        var counts = tools.countBy(q.filter(), role, values(role, lexicon), user, trace);
        var people = counts.entrySet().stream().filter(e -> !e.getKey().equals("(none)")).toList();
        var verb = role.equals("reporter") ? "reported" : "assigned";
        if (people.isEmpty()) {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            d.paragraph(total == 0 ? "No issue you can see matches " + q.described() + "."
                    : "None of the **" + total + "** " + issues(total) + " matching " + q.described() + " has a"
                            + (role.equals("reporter") ? " reporter." : "n assignee."));
            return;
        }
        var top = fewest ? people.get(people.size() - 1) : people.get(0);
        d.paragraph("**" + escape(display(role, top.getKey(), lexicon)) + "** has the " + (fewest ? "fewest" : "most") + " " + verb
                + " issues matching " + q.described() + ": **" + top.getValue() + "**.");
        d.line("| " + role + " | issues |").line("| --- | ---: |");
        counts.forEach((value, n) -> d.line("| " + escape(display(role, value, lexicon)) + " | " + n + " |"));
    }

    /** "When was the last bug fixed": the newest (or oldest) issue by that date. */
    void extreme(Draft d, Query q, String field, boolean latest, CurrentUser user, Trace trace) {
        d.about(q.project());
        var query = (field.equals("created") ? q : q.and(field + " is not EMPTY")).orderBy(field + (latest ? " DESC" : " ASC"));
        var result = tools.search(query.jql(), 1, user, trace);
        if (result.issues().isEmpty()) {
            d.paragraph("No issue you can see matches " + query.described() + ".");
            return;
        }
        var issue = result.issues().get(0);
        d.cite(issue.key());
        var at = switch (field) {
            case "resolved" -> issue.resolvedAt();
            case "updated" -> issue.updatedAt();
            default -> issue.createdAt();
        };
        d.paragraph("The " + (latest ? "most recently " : "first ") + verb(field) + " of the **" + result.total() + "** "
                + issues(result.total()) + " matching " + q.described() + " is **" + issue.key() + "** (" + escape(issue.summary())
                + "), " + verb(field) + " on **" + d.when(at) + "**.");
    }

    void changes(Draft d, Query q, SinceTime since, CurrentUser user, Trace trace) {
        d.about(q.project());
        var query = q.and("updated >= " + since.jql()).orderBy("updated DESC");
        var result = tools.search(query.jql(), LISTED, user, trace);
        if (result.total() == 0) {
            d.paragraph("Nothing changed " + since.phrase() + " (" + d.when(since.at()) + ") in " + q.described() + ".");
            return;
        }
        long created = tools.count(q.and("created >= " + since.jql()).filter(), user, trace);
        d.paragraph("**" + result.total() + "** " + issues(result.total()) + " changed " + since.phrase() + " (since " + d.when(since.at())
                + ") in " + q.described() + (created > 0 ? "; " + created + " of them " + (created == 1 ? "is" : "are") + " new" : "")
                + (result.total() > LISTED ? ". The " + LISTED + " changed last:" : ":"));
        int detailed = 0;
        for (var issue : result.issues()) {
            d.cite(issue.key());
            var line = "- **" + issue.key() + "** " + escape(issue.summary()) + " — " + issue.status();
            if (detailed++ < 5) {
                line += whatChanged(d, issue, since.at(), user, trace);
            }
            d.line(line);
        }
    }

    private String whatChanged(Draft d, IssueSummary issue, Instant since, CurrentUser user, Trace trace) {
        var parts = new ArrayList<String>();
        if (!issue.createdAt().isBefore(since)) {
            parts.add("created " + d.when(issue.createdAt()));
        }
        for (var entry : tools.history(issue.key(), user, trace)) {
            if (!entry.at().isBefore(since)) {
                entry.items().forEach(i -> parts.add(i.field() + " → " + (i.to() == null ? "none" : escape(Markdown.clip(i.to(), 40)))
                        + (entry.actor() == null ? "" : " by " + IssueAnswers.name(entry.actor()))));
            }
        }
        long comments = tools.comments(issue.key(), user, trace).stream().filter(c -> !c.createdAt().isBefore(since)).count();
        if (comments > 0) {
            parts.add(comments + (comments == 1 ? " new comment" : " new comments"));
        }
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts.subList(0, Math.min(6, parts.size())));
    }

    private void bullets(Draft d, List<IssueSummary> issues) {
        for (var issue : issues) {
            d.cite(issue.key());
            d.line("- **" + issue.key() + "** " + escape(issue.summary()) + " — " + issue.status()
                    + (issue.priority() == null ? "" : ", " + issue.priority())
                    + (issue.assignee() == null ? "" : ", " + IssueAnswers.name(issue.assignee())));
        }
    }

    /** The values of a field worth counting by, from the lexicon: at most 50 labels, versions or people. */
    static List<String> values(String field, Lexicon lexicon) {
        return switch (field) {
            case "status" -> lexicon.statuses().stream().map(Lexicon.Named::name).toList();
            case "priority" -> lexicon.priorities();
            case "issuetype" -> lexicon.types();
            case "resolution" -> lexicon.resolutions();
            case "component" -> lexicon.components();
            case "labels" -> lexicon.labels().stream().limit(50).toList();
            case "fixVersion", "affectedVersion" -> lexicon.versions().stream().limit(50).toList();
            default -> lexicon.people().stream().limit(50).map(Lexicon.Person::email).toList();
        };
    }

    private static String display(String field, String value, Lexicon lexicon) {
        if (!field.equals("assignee") && !field.equals("reporter")) {
            return value;
        }
        return lexicon.people().stream().filter(p -> p.email().equals(value)).map(Lexicon.Person::displayName).findFirst()
                .orElse(value.equals("(none)") ? "(nobody)" : value);
    }

    private static String verb(String field) {
        return switch (field) {
            case "resolved" -> "resolved";
            case "updated" -> "updated";
            default -> "created";
        };
    }

    static String issues(long n) {
        return n == 1 ? "issue" : "issues";
    }
}
