package dev.meridian.jira.internal;

import dev.meridian.issues.IssuePatch;
import dev.meridian.issues.NewIssue;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.InvalidInputException.FieldError;
import dev.meridian.projects.ProjectScheme;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Jira's {@code fields} object read into Meridian's issue fields. A value is named as Jira clients send it ({@code
 * {"name": "Bug"}}, {@code {"id": "10"}}, a person as {@code name}, {@code emailAddress} or {@code accountId}, all of
 * which are the email here). Plain Java: the scheme (for ids) is given.
 */
final class JiraFields {

    /** Meridian's field names by Jira's, where they differ; errors go back the other way. */
    static final Map<String, String> MERIDIAN_NAMES = Map.of("issuetype", "type", "versions", "affectsVersions", "duedate", "dueDate");

    private static final List<String> KNOWN = List.of("project", "summary", "description", "issuetype", "priority", "assignee",
            "reporter", "labels", "components", "fixVersions", "versions", "duedate", "parent", "resolution", "timetracking");

    private final JsonNode fields;
    private final List<FieldError> errors = new ArrayList<>();

    JiraFields(JsonNode body) {
        this.fields = body == null ? null : body.get("fields");
        if (fields == null || !fields.isObject()) {
            throw new InvalidInputException("fields", "send the issue's fields as {\"fields\": {...}}, as Jira does");
        }
        for (var name : fields.propertyNames()) {
            if (!KNOWN.contains(name)) {
                errors.add(new FieldError(name, "Field '" + name + "' cannot be set. It is not on the appropriate screen, or unknown."));
            }
        }
    }

    /** The project named by {@code {"key"}} (or {@code {"id"}}, resolved by {@code projectKeyById}). */
    String projectKey(Function<String, Optional<String>> projectKeyById) {
        var project = fields.get("project");
        if (project == null || project.isNull()) {
            throw new InvalidInputException("project", "project is required: {\"key\": \"KEY\"}");
        }
        if (project.hasNonNull("key")) {
            return project.get("key").asString();
        }
        if (project.hasNonNull("id")) {
            return projectKeyById.apply(project.get("id").asString())
                    .orElseThrow(() -> new InvalidInputException("project", "valid project is required"));
        }
        throw new InvalidInputException("project", "project is required: {\"key\": \"KEY\"}");
    }

    NewIssue newIssue(String projectKey, ProjectScheme scheme) {
        if (!fields.hasNonNull("summary") || fields.get("summary").asString("").isBlank()) {
            errors.add(new FieldError("summary", "You must specify a summary of the issue."));
        }
        if (!fields.hasNonNull("issuetype")) {
            errors.add(new FieldError("issuetype", "Specify an issue type: {\"name\": \"Bug\"}"));
        }
        var issue = new NewIssue(projectKey, name("issuetype", byId(scheme.types(), ProjectScheme.IssueType::id, ProjectScheme.IssueType::name)),
                text("summary"), text("description"),
                name("priority", byId(scheme.priorities(), ProjectScheme.Priority::id, ProjectScheme.Priority::name)),
                person("assignee"), person("reporter"), strings("labels"),
                names("components", byId(scheme.components(), ProjectScheme.Component::id, ProjectScheme.Component::name)),
                names("fixVersions", byId(scheme.versions(), ProjectScheme.Version::id, ProjectScheme.Version::name)),
                names("versions", byId(scheme.versions(), ProjectScheme.Version::id, ProjectScheme.Version::name)),
                null, date("duedate"), parent(), null);
        failOnErrors();
        return issue;
    }

    /** Only the fields sent change; a JSON null clears one. */
    IssuePatch patch(ProjectScheme scheme) {
        var present = new HashSet<String>();
        for (var name : fields.propertyNames()) {
            if (!name.equals("project")) {
                present.add(MERIDIAN_NAMES.getOrDefault(name, name));
            }
        }
        if (fields.has("project")) {
            errors.add(new FieldError("project", "an issue cannot move to another project here"));
        }
        present.remove("timetracking");
        present.addAll(estimatesSent());
        var versions = byId(scheme.versions(), ProjectScheme.Version::id, ProjectScheme.Version::name);
        var patch = new IssuePatch(present, null,
                name("issuetype", byId(scheme.types(), ProjectScheme.IssueType::id, ProjectScheme.IssueType::name)),
                text("summary"), text("description"), null,
                name("priority", byId(scheme.priorities(), ProjectScheme.Priority::id, ProjectScheme.Priority::name)),
                name("resolution", byId(scheme.resolutions(), ProjectScheme.Resolution::id, ProjectScheme.Resolution::name)),
                person("assignee"), person("reporter"), strings("labels"),
                names("components", byId(scheme.components(), ProjectScheme.Component::id, ProjectScheme.Component::name)),
                names("fixVersions", versions), names("versions", versions), null, date("duedate"), parent(),
                estimate("originalEstimate"), estimate("remainingEstimate"));
        failOnErrors();
        return patch;
    }

    /** The estimates a new issue's {@code timetracking} sets, as a patch to apply once it exists; null without any. */
    IssuePatch estimates() {
        var present = estimatesSent();
        var patch = present.isEmpty() ? null : new IssuePatch(present, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, estimate("originalEstimate"), estimate("remainingEstimate"));
        failOnErrors();
        return patch;
    }

    /** Jira's {@code {"timetracking": {"originalEstimate": "1w", "remainingEstimate": "3d"}}}: which of the two it sets. */
    private Set<String> estimatesSent() {
        var sent = new HashSet<String>();
        var time = fields.get("timetracking");
        if (time == null || time.isNull()) {
            return sent;
        }
        if (!time.isObject()) {
            errors.add(new FieldError("timetracking", "timetracking must be {\"originalEstimate\": \"1w 2d\", \"remainingEstimate\": \"3d\"}"));
            return sent;
        }
        List.of("originalEstimate", "remainingEstimate").stream().filter(time::has).forEach(sent::add);
        return sent;
    }

    private String estimate(String name) {
        var time = fields.get("timetracking");
        var value = time == null || !time.isObject() ? null : time.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError("timetracking", name + " must be text such as \"3w 2d 4h 30m\""));
            return null;
        }
        return value.asString();
    }

    private void failOnErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private String text(String field) {
        var value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(field, field + " must be text"));
            return null;
        }
        return value.asString();
    }

    /** {@code {"name": …}} or {@code {"id": …}} (looked up with {@code byId}); a bare string is taken as the name. */
    private String name(String field, Function<String, Optional<String>> byId) {
        var value = fields.get(field);
        return value == null || value.isNull() ? null : nameOf(field, value, byId);
    }

    private List<String> names(String field, Function<String, Optional<String>> byId) {
        var value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            errors.add(new FieldError(field, field + " must be a list such as [{\"name\": \"…\"}]"));
            return null;
        }
        return value.values().stream().map(v -> nameOf(field, v, byId)).filter(n -> n != null).toList();
    }

    private String nameOf(String field, JsonNode value, Function<String, Optional<String>> byId) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.hasNonNull("name")) {
            return value.get("name").asString();
        }
        if (value.hasNonNull("id")) {
            var id = value.get("id").asString();
            var found = byId.apply(id);
            if (found.isEmpty()) {
                errors.add(new FieldError(field, "no " + field + " with id " + id + " in this project"));
            }
            return found.orElse(null);
        }
        errors.add(new FieldError(field, field + " must name its value: {\"name\": \"…\"} or {\"id\": \"…\"}"));
        return null;
    }

    private String person(String field) {
        var value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        for (var name : List.of("emailAddress", "name", "accountId")) {
            if (value.hasNonNull(name)) {
                return value.get(name).asString();
            }
        }
        errors.add(new FieldError(field, field + " must name a person: {\"name\": \"email\"} or {\"emailAddress\": \"email\"}"));
        return null;
    }

    private List<String> strings(String field) {
        var value = fields.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray() || !value.values().stream().allMatch(JsonNode::isString)) {
            errors.add(new FieldError(field, field + " must be a list of text"));
            return null;
        }
        return value.values().stream().map(JsonNode::asString).toList();
    }

    private LocalDate date(String field) {
        var text = text(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Error parsing date string: " + text + " (use yyyy-MM-dd)"));
            return null;
        }
    }

    private String parent() {
        var value = fields.get("parent");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasNonNull("key")) {
            return value.get("key").asString();
        }
        errors.add(new FieldError("parent", "name the parent by its key: {\"key\": \"KEY-1\"}"));
        return null;
    }

    private static <T> Function<String, Optional<String>> byId(List<T> items, Function<T, Long> id, Function<T, String> name) {
        return wanted -> items.stream().filter(item -> String.valueOf(id.apply(item)).equals(wanted)).map(name).findFirst();
    }
}
