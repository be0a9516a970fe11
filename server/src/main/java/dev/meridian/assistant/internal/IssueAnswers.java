package dev.meridian.assistant.internal;

import static dev.meridian.assistant.internal.Markdown.escape;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.UserRef;
import dev.meridian.issues.HistoryEntry;
import dev.meridian.issues.IssueView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Answers about one issue: its status, who and when, a summary, and the issues most like it. */
@Component
class IssueAnswers {

    private final ChatTools tools;
    private final Summarizer summarizer;

    IssueAnswers(ChatTools tools, Summarizer summarizer) {
        this.tools = tools;
        this.summarizer = summarizer;
    }

    static String title(IssueView issue) {
        return "**" + issue.key() + "** (" + escape(issue.summary()) + ")";
    }

    void status(Draft d, IssueView issue) {
        d.cite(issue.key());
        var state = new StringBuilder(title(issue) + " is **" + issue.status() + "**");
        if (issue.resolution() != null) {
            state.append(" with resolution **").append(issue.resolution()).append("**");
        }
        state.append(". It is a ").append(issue.type()).append(issue.priority() == null ? "" : " of priority **" + issue.priority() + "**")
                .append(", ").append(assignee(issue)).append(", reported by ").append(person(issue.reporter())).append('.');
        d.paragraph(state.toString());
        var dates = "Created " + d.when(issue.createdAt()) + ", last updated " + d.when(issue.updatedAt())
                + (issue.resolvedAt() == null ? "" : ", resolved " + d.when(issue.resolvedAt())) + ".";
        d.paragraph(dates);
        if (!issue.affectsVersions().isEmpty() || !issue.fixVersions().isEmpty()) {
            d.paragraph((issue.affectsVersions().isEmpty() ? "" : "Affects " + String.join(", ", issue.affectsVersions()) + ". ")
                    + (issue.fixVersions().isEmpty() ? "" : "Fix version " + String.join(", ", issue.fixVersions()) + "."));
        }
        links(d, issue);
    }

    void who(Draft d, IssueView issue, String role, CurrentUser user, Trace trace) {
        d.cite(issue.key());
        switch (role) {
            case "reporter" -> d.paragraph(title(issue) + " was reported by **" + name(issue.reporter()) + "** on " + d.when(issue.createdAt()) + ".");
            case "resolver", "changer" -> {
                var history = tools.history(issue.key(), user, trace);
                var change = history.stream()
                        .filter(h -> role.equals("changer") || h.items().stream().anyMatch(i -> i.field().equals("resolution") && i.to() != null
                                || i.field().equals("status") && issue.statusCategory().equals("done") && issue.status().equals(i.to())))
                        .max(Comparator.comparing(HistoryEntry::at));
                if (change.isPresent() && change.get().actor() != null) {
                    d.paragraph(title(issue) + " was " + (role.equals("changer") ? "last changed" : "resolved") + " by **"
                            + name(change.get().actor()) + "** on " + d.when(change.get().at()) + " (" + items(change.get()) + ").");
                } else if (role.equals("resolver") && issue.resolvedAt() != null) {
                    d.paragraph(title(issue) + " was resolved on " + d.when(issue.resolvedAt())
                            + ", but its history does not say by whom (it came with the import). It is " + assignee(issue) + ".");
                } else if (role.equals("resolver")) {
                    d.paragraph(title(issue) + " is not resolved: it is **" + issue.status() + "** and " + assignee(issue) + ".");
                } else {
                    d.paragraph(title(issue) + " has no recorded changes since it was created by " + person(issue.reporter()) + ".");
                }
            }
            default -> d.paragraph(title(issue) + " " + (issue.assignee() == null ? "is **not assigned** to anyone"
                    : "is assigned to **" + name(issue.assignee()) + "**") + "; it is " + issue.status() + ".");
        }
    }

    void whenOf(Draft d, IssueView issue, String field) {
        d.cite(issue.key());
        switch (field) {
            case "resolved" -> d.paragraph(issue.resolvedAt() == null
                    ? title(issue) + " is **not resolved** yet: it is " + issue.status() + "."
                    : title(issue) + " was resolved on **" + d.when(issue.resolvedAt()) + "**"
                            + (issue.resolution() == null ? "" : " as " + issue.resolution()) + ".");
            case "updated" -> d.paragraph(title(issue) + " was last updated on **" + d.when(issue.updatedAt()) + "**.");
            default -> d.paragraph(title(issue) + " was created on **" + d.when(issue.createdAt()) + "** by " + person(issue.reporter()) + ".");
        }
    }

    void summarize(Draft d, IssueView issue, CurrentUser user, Trace trace) {
        summarizer.write(d, issue, user, trace);
        links(d, issue);
    }

    void similar(Draft d, IssueView issue, CurrentUser user, Trace trace) {
        d.cite(issue.key());
        var similar = tools.similar(issue, 10, user, trace);
        var known = issue.links().stream().filter(l -> l.type().toLowerCase(Locale.ROOT).startsWith("duplicate"))
                .map(l -> l.key()).distinct().toList();
        if (similar.issues().isEmpty()) {
            d.paragraph("I found no issue like " + title(issue) + " among the issues you can see.");
        } else {
            d.paragraph("Issues most like " + title(issue) + ", " + (similar.modelVersion() == null
                    ? "ranked by the rarer words their summaries share (no trained model is active for " + issue.projectKey() + ")"
                    : "ranked by model " + similar.modelVersion()) + ":");
            int n = 0;
            for (var s : similar.issues()) {
                d.line(++n + ". **" + s.key() + "** " + escape(s.summary()) + " — " + s.status());
                d.cite(s.key());
            }
        }
        if (!known.isEmpty()) {
            known.forEach(d::cite);
            d.paragraph("Already linked as duplicates: " + String.join(", ", known.stream().map(k -> "**" + k + "**").toList()) + ".");
        }
    }

    private void links(Draft d, IssueView issue) {
        if (issue.links().isEmpty()) {
            return;
        }
        var lines = new ArrayList<String>();
        for (var l : issue.links()) {
            lines.add(l.description() + " **" + l.key() + "** (" + l.status() + ")");
            d.cite(l.key());
        }
        d.paragraph("Links: " + String.join("; ", lines) + ".");
    }

    private static String items(HistoryEntry entry) {
        return String.join(", ", entry.items().stream()
                .map(i -> i.field() + (i.from() == null ? "" : " " + escape(i.from())) + " → " + (i.to() == null ? "none" : escape(i.to())))
                .toList());
    }

    static String assignee(IssueView issue) {
        return issue.assignee() == null ? "unassigned" : "assigned to " + name(issue.assignee());
    }

    static String person(UserRef ref) {
        return ref == null ? "nobody" : name(ref);
    }

    static String name(UserRef ref) {
        return ref == null ? "nobody" : escape(ref.displayName());
    }
}
