package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What changed in a set of issues since a time: the issues changed, most recent first, each with the field changes,
 * new comments and creation that fall after that time (from the issue history, read as the asking user).
 */
@Component
class RecentChanges {

    static final int LISTED = 20;
    static final int DETAILED = 10;
    private static final Pattern JQL_BOUND = Pattern.compile("-\\d+[yMwdhm]|startOf(Day|Week|Month|Year)\\(-?\\d*\\)");

    private final ChatTools tools;
    private final Clock clock;

    RecentChanges(ChatTools tools, Clock clock) {
        this.tools = tools;
        this.clock = clock;
    }

    /** {@code since}: a JQL bound (-1d, startOfWeek()), a date (2024-01-31, 2024-01-31 14:00) or words (yesterday, last week). */
    static SinceTime since(String since, Instant now) {
        var text = since == null ? "" : since.strip();
        if (JQL_BOUND.matcher(text).matches()) {
            return new SinceTime(text, SinceTime.instant(text, now), "since " + text, "");
        }
        return SinceTime.find(text.toLowerCase(java.util.Locale.ROOT).startsWith("since") ? text : "since " + text, now)
                .orElseThrow(() -> new IllegalArgumentException("'since' must be a time such as -1d, -2h, startOfWeek(), "
                        + "2024-01-31, 2024-01-31 14:00, yesterday or last week, not '" + text + "'"));
    }

    Map<String, Object> of(String project, String jql, String since, CurrentUser user, Trace trace) {
        var bound = since(since, Instant.now(clock));
        var filter = new ArrayList<String>();
        if (project != null && !project.isBlank()) {
            filter.add("project = " + NaturalSearch.quote(project.strip()));
        }
        if (jql != null && !jql.isBlank()) {
            filter.add("(" + jql.replaceAll("(?i)\\s+ORDER BY .*$", "") + ")");
        }
        filter.add("updated >= " + bound.jql());
        var result = tools.search(String.join(" AND ", filter) + " ORDER BY updated DESC", LISTED, user, trace);
        var issues = new ArrayList<Map<String, Object>>();
        for (var issue : result.issues()) {
            var row = new LinkedHashMap<String, Object>();
            row.put("key", issue.key());
            row.put("summary", issue.summary());
            row.put("status", issue.status());
            row.put("updated", issue.updatedAt().toString());
            if (issues.size() < DETAILED) {
                row.put("changes", changes(issue.key(), issue.createdAt(), bound.at(), user, trace));
            }
            issues.add(row);
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("since", bound.at().toString());
        out.put("total", result.total());
        out.put("issues", issues);
        return out;
    }

    private List<String> changes(String key, Instant created, Instant since, CurrentUser user, Trace trace) {
        var out = new ArrayList<String>();
        if (!created.isBefore(since)) {
            out.add("created at " + created);
        }
        for (var entry : tools.history(key, user, trace)) {
            if (!entry.at().isBefore(since)) {
                var who = entry.actor() == null ? "" : " by " + entry.actor().displayName();
                entry.items().forEach(i -> out.add(i.field() + ": " + Markdown.clip(String.valueOf(i.from()), 60) + " → "
                        + Markdown.clip(String.valueOf(i.to()), 60) + who + " at " + entry.at()));
            }
        }
        long comments = tools.comments(key, user, trace).stream().filter(c -> !c.createdAt().isBefore(since)).count();
        if (comments > 0) {
            out.add(comments + (comments == 1 ? " new comment" : " new comments"));
        }
        return out;
    }
}
