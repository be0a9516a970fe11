package dev.meridian.jira.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.issues.AttachmentView;
import dev.meridian.issues.CommentView;
import dev.meridian.issues.HistoryEntry;
import dev.meridian.issues.IssueSummary;
import dev.meridian.issues.IssueView;
import dev.meridian.issues.TimeTracking;
import dev.meridian.issues.WorkDuration;
import dev.meridian.projects.ProjectView;
import dev.meridian.projects.Workflow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Meridian's views in the JSON shapes of Jira's REST API version 2. Plain Java. */
final class JiraShapes {

    /** Jira's own timestamp format, e.g. {@code 2026-11-26T19:14:48.000+0000}. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private final String base;

    /** {@code base}: the server's address, for the {@code self} links. */
    JiraShapes(String base) {
        this.base = base;
    }

    /** With the address the current request came to. */
    static JiraShapes forThisRequest() {
        return new JiraShapes(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    Map<String, Object> issue(IssueView issue, Set<String> wanted) {
        var fields = navigable(new IssueSummary(issue.key(), issue.projectKey(), issue.externalId(), issue.type(), issue.summary(),
                issue.status(), issue.statusCategory(), issue.priority(), issue.resolution(), issue.assignee(), issue.reporter(),
                issue.labels(), issue.storyPoints(), issue.dueDate(), issue.parentKey(), issue.createdAt(), issue.updatedAt(),
                issue.resolvedAt(), issue.version(), null, issue.timeTracking(), null, null));
        fields.put("description", issue.description());
        fields.put("creator", user(issue.creator()));
        fields.put("components", issue.components().stream().map(JiraShapes::named).toList());
        fields.put("fixVersions", issue.fixVersions().stream().map(JiraShapes::named).toList());
        fields.put("versions", issue.affectsVersions().stream().map(JiraShapes::named).toList());
        fields.put("subtasks", issue.subtaskKeys().stream().map(key -> Map.of("key", key, "self", issueUrl(key))).toList());
        fields.put("issuelinks", issue.links().stream().map(this::link).toList());
        fields.put("attachment", issue.attachments().stream().map(this::attachment).toList());
        return envelope(String.valueOf(issue.id()), issue.key(), only(fields, wanted));
    }

    /** A search result's issue: {@code id}, which Meridian's list shape has not, comes from the caller. */
    Map<String, Object> issue(IssueSummary issue, long id, Set<String> wanted) {
        return envelope(String.valueOf(id), issue.key(), only(navigable(issue), wanted));
    }

    /** The fields a search result carries, as Jira names them. */
    private Map<String, Object> navigable(IssueSummary issue) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("summary", issue.summary());
        fields.put("issuetype", named(issue.type()));
        fields.put("project", Map.of("key", issue.projectKey()));
        fields.put("status", status(issue.status(), issue.statusCategory()));
        fields.put("priority", named(issue.priority()));
        fields.put("resolution", named(issue.resolution()));
        fields.put("assignee", user(issue.assignee()));
        fields.put("reporter", user(issue.reporter()));
        fields.put("labels", issue.labels());
        fields.put("duedate", issue.dueDate() == null ? null : issue.dueDate().toString());
        fields.put("parent", issue.parentKey() == null ? null : Map.of("key", issue.parentKey(), "self", issueUrl(issue.parentKey())));
        fields.put("created", time(issue.createdAt()));
        fields.put("updated", time(issue.updatedAt()));
        fields.put("resolutiondate", time(issue.resolvedAt()));
        var time = issue.timeTracking();
        fields.put("timeoriginalestimate", time.originalEstimateSeconds());
        fields.put("timeestimate", time.remainingEstimateSeconds());
        fields.put("timespent", time.timeSpentSeconds());
        fields.put("timetracking", timetracking(time));
        return fields;
    }

    /** Jira's {@code timetracking}: each value set as text ("1w 2d") and in seconds; unset ones left out. */
    private static Map<String, Object> timetracking(TimeTracking time) {
        var shape = new LinkedHashMap<String, Object>();
        if (time.originalEstimateSeconds() != null) {
            shape.put("originalEstimate", WorkDuration.format(time.originalEstimateSeconds()));
        }
        if (time.remainingEstimateSeconds() != null) {
            shape.put("remainingEstimate", WorkDuration.format(time.remainingEstimateSeconds()));
        }
        if (time.timeSpentSeconds() != null) {
            shape.put("timeSpent", WorkDuration.format(time.timeSpentSeconds()));
        }
        if (time.originalEstimateSeconds() != null) {
            shape.put("originalEstimateSeconds", time.originalEstimateSeconds());
        }
        if (time.remainingEstimateSeconds() != null) {
            shape.put("remainingEstimateSeconds", time.remainingEstimateSeconds());
        }
        if (time.timeSpentSeconds() != null) {
            shape.put("timeSpentSeconds", time.timeSpentSeconds());
        }
        return shape;
    }

    /** The issue's history as Jira's {@code changelog} (what {@code ?expand=changelog} adds), oldest first. */
    Map<String, Object> changelog(List<HistoryEntry> history) {
        var histories = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < history.size(); i++) {
            var entry = history.get(i);
            var shape = new LinkedHashMap<String, Object>();
            shape.put("id", String.valueOf(i + 1));
            shape.put("author", user(entry.actor()));
            shape.put("created", time(entry.at()));
            shape.put("items", entry.items().stream().map(JiraShapes::changeItem).toList());
            histories.add(shape);
        }
        return Map.of("startAt", 0, "maxResults", histories.size(), "total", histories.size(), "histories", histories);
    }

    private static Map<String, Object> changeItem(HistoryEntry.Item item) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("field", CHANGELOG_FIELDS.getOrDefault(item.field(), item.field()));
        shape.put("fieldtype", "jira");
        shape.put("from", null);
        shape.put("fromString", item.from());
        shape.put("to", null);
        shape.put("toString", item.to());
        return shape;
    }

    /** Jira's changelog names of Meridian's fields, where they differ. */
    private static final Map<String, String> CHANGELOG_FIELDS = Map.of("type", "issuetype", "fixVersions", "Fix Version",
            "affectsVersions", "Version", "components", "Component", "dueDate", "duedate", "storyPoints", "Story Points",
            "parent", "Parent", "originalEstimate", "timeoriginalestimate", "remainingEstimate", "timeestimate",
            "timeSpent", "timespent");

    /** Jira's attachment: {@code content} is where its bytes are read, and so is {@code self} (there is no metadata resource). */
    Map<String, Object> attachment(AttachmentView attachment) {
        var content = base + "/api/v1/attachments/" + attachment.id();
        var shape = new LinkedHashMap<String, Object>();
        shape.put("self", content);
        shape.put("id", String.valueOf(attachment.id()));
        shape.put("filename", attachment.fileName());
        shape.put("author", user(attachment.author()));
        shape.put("created", time(attachment.createdAt()));
        shape.put("size", attachment.size());
        shape.put("mimeType", attachment.mediaType());
        shape.put("content", content);
        return shape;
    }

    Map<String, Object> comment(CommentView comment) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("id", String.valueOf(comment.id()));
        shape.put("self", issueUrl(comment.issueKey()) + "/comment/" + comment.id());
        shape.put("author", user(comment.author()));
        shape.put("body", comment.body());
        shape.put("updateAuthor", user(comment.author()));
        shape.put("created", time(comment.createdAt()));
        shape.put("updated", time(comment.updatedAt()));
        return shape;
    }

    Map<String, Object> comments(List<CommentView> comments) {
        return Map.of("startAt", 0, "maxResults", comments.size(), "total", comments.size(),
                "comments", comments.stream().map(this::comment).toList());
    }

    Map<String, Object> transition(Workflow.Transition transition, Workflow.Status to) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("id", String.valueOf(transition.id()));
        shape.put("name", transition.name());
        var target = new LinkedHashMap<String, Object>(status(to.name(), to.category().wire()));
        target.put("id", String.valueOf(to.id()));
        shape.put("to", target);
        shape.put("hasScreen", false);
        shape.put("isGlobal", transition.fromStatusId() == null);
        return shape;
    }

    Map<String, Object> project(ProjectView project) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("id", String.valueOf(project.id()));
        shape.put("key", project.key());
        shape.put("name", project.name());
        shape.put("self", base + "/rest/api/2/project/" + project.key());
        shape.put("description", project.description());
        shape.put("lead", user(project.lead()));
        return shape;
    }

    /** Jira Server names a person by username; Meridian's is the email, so both carry it. */
    static Map<String, Object> user(UserRef user) {
        if (user == null) {
            return null;
        }
        var shape = new LinkedHashMap<String, Object>();
        shape.put("name", user.email());
        shape.put("key", user.email());
        shape.put("emailAddress", user.email());
        shape.put("displayName", user.displayName());
        shape.put("active", true);
        return shape;
    }

    String url(String path) {
        return base + path;
    }

    String issueUrl(String key) {
        return base + "/rest/api/2/issue/" + key;
    }

    private Map<String, Object> envelope(String id, String key, Map<String, Object> fields) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("id", id);
        shape.put("key", key);
        shape.put("self", issueUrl(key));
        shape.put("fields", fields);
        return shape;
    }

    private Map<String, Object> link(IssueView.LinkView link) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("id", String.valueOf(link.id()));
        shape.put("type", Map.of("name", link.type()));
        var other = new LinkedHashMap<String, Object>();
        other.put("key", link.key());
        other.put("self", issueUrl(link.key()));
        var otherFields = new LinkedHashMap<String, Object>();
        otherFields.put("summary", link.summary());
        other.put("fields", otherFields);
        shape.put("outward".equals(link.direction()) ? "outwardIssue" : "inwardIssue", other);
        return shape;
    }

    /** Jira's fixed status categories, by Meridian's category names. */
    private static Map<String, Object> status(String name, String category) {
        var categoryShape = switch (category) {
            case "done" -> Map.of("id", 3, "key", "done", "colorName", "green", "name", "Done");
            case "indeterminate" -> Map.of("id", 4, "key", "indeterminate", "colorName", "yellow", "name", "In Progress");
            default -> Map.of("id", 2, "key", "new", "colorName", "blue-gray", "name", "To Do");
        };
        var shape = new LinkedHashMap<String, Object>();
        shape.put("name", name);
        shape.put("statusCategory", categoryShape);
        return shape;
    }

    private static Map<String, Object> named(String name) {
        return name == null ? null : Map.of("name", name);
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /** Jira's {@code fields} parameter: the names asked for, or every field for none, {@code *all} or {@code *navigable}. */
    private static Map<String, Object> only(Map<String, Object> fields, Set<String> wanted) {
        if (wanted.isEmpty() || wanted.contains("*all") || wanted.contains("*navigable")) {
            return fields;
        }
        var kept = new LinkedHashMap<String, Object>();
        fields.forEach((name, value) -> {
            if (wanted.contains(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    static Set<String> wanted(List<String> fields) {
        var names = new ArrayList<String>();
        if (fields != null) {
            fields.forEach(f -> List.of(f.split(",")).forEach(n -> names.add(n.trim())));
        }
        names.removeIf(String::isEmpty);
        return Set.copyOf(names);
    }
}
