package dev.meridian.jira.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.Comments;
import dev.meridian.issues.Issues;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.Projects;
import dev.meridian.projects.Workflow;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Jira's {@code /rest/api/2/issue}: create, read, edit and delete issues, their comments and their transitions. */
@RestController
@RequestMapping("/rest/api/2/issue")
@Tag(name = "Jira-compatible API", description = "A subset of Jira's REST API version 2; errors in Jira's shape")
class JiraIssuesController {

    private static final Pattern ISSUE_ID = Pattern.compile("\\d{1,18}");

    private final Issues issues;
    private final Comments comments;
    private final Projects projects;
    private final ProjectSchemes schemes;
    private final Validator validator;
    private final TransactionTemplate oneTransaction;

    JiraIssuesController(Issues issues, Comments comments, Projects projects, ProjectSchemes schemes, Validator validator,
            PlatformTransactionManager transactions) {
        this.issues = issues;
        this.comments = comments;
        this.projects = projects;
        this.schemes = schemes;
        this.validator = validator;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    /** {@code {"fields": {"project": {"key"}, "issuetype": {"name"}, "summary", …}}}; answers 201 with id, key and self. */
    @PostMapping
    ResponseEntity<Map<String, String>> create(@RequestBody JsonNode body, CurrentUser user) {
        var fields = new JiraFields(body);
        var projectKey = fields.projectKey(id -> projects.list(user).stream().filter(p -> String.valueOf(p.id()).equals(id))
                .map(p -> p.key()).findFirst());
        var issue = fields.newIssue(projectKey, schemes.scheme(projectKey, user));
        var violations = validator.validate(issue);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().map(v -> new InvalidInputException.FieldError(
                    v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        var estimates = fields.estimates();
        var created = oneTransaction.execute(status -> {
            var made = issues.create(issue, user);
            return estimates == null ? made : issues.update(made.key(), estimates, user);
        });
        var self = JiraShapes.forThisRequest().issueUrl(created.key());
        return ResponseEntity.created(URI.create(self)).body(Map.of("id", String.valueOf(created.id()), "key", created.key(), "self", self));
    }

    /** {@code ?fields=summary,status} keeps those fields; {@code ?expand=changelog} adds the issue's history. */
    @GetMapping("/{idOrKey}")
    Map<String, Object> get(@PathVariable String idOrKey, @RequestParam(required = false) List<String> fields,
            @RequestParam(required = false) List<String> expand, CurrentUser user) {
        var key = key(idOrKey, user);
        var shapes = JiraShapes.forThisRequest();
        var issue = shapes.issue(issues.get(key, user), JiraShapes.wanted(fields));
        if (JiraShapes.wanted(expand).contains("changelog")) {
            var expanded = new java.util.LinkedHashMap<>(issue);
            expanded.put("changelog", shapes.changelog(issues.history(key, user)));
            return expanded;
        }
        return issue;
    }

    /**
     * Only the fields sent change ({@code fields} with new values, {@code update} with operations: add, remove, set, and
     * comment add); answers 204, as Jira does. All or nothing: a refused comment leaves the fields as they were.
     */
    @PutMapping("/{idOrKey}")
    ResponseEntity<Void> edit(@PathVariable String idOrKey, @RequestBody JsonNode body, CurrentUser user) {
        oneTransaction.executeWithoutResult(status -> {
            var key = key(idOrKey, user);
            var issue = issues.get(key, user);
            var edit = new JiraUpdates(body, issue);
            if (!edit.fields.isEmpty() || edit.comments.isEmpty()) {
                issues.update(key, new JiraFields(edit.asFieldsBody()).patch(schemes.scheme(issue.projectKey(), user)), user);
            }
            edit.comments.forEach(text -> comments.add(key, text, user));
        });
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{idOrKey}")
    ResponseEntity<Void> delete(@PathVariable String idOrKey, CurrentUser user) {
        issues.delete(key(idOrKey, user), user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{idOrKey}/comment")
    Map<String, Object> comments(@PathVariable String idOrKey, CurrentUser user) {
        return JiraShapes.forThisRequest().comments(comments.list(key(idOrKey, user), user));
    }

    @PostMapping("/{idOrKey}/comment")
    ResponseEntity<Map<String, Object>> comment(@PathVariable String idOrKey, @RequestBody JsonNode body, CurrentUser user) {
        var text = body == null || !body.hasNonNull("body") ? "" : body.get("body").asString("");
        if (text.isBlank()) {
            throw new InvalidInputException("comment", "Comment body can not be empty!");
        }
        var added = JiraShapes.forThisRequest().comment(comments.add(key(idOrKey, user), text, user));
        return ResponseEntity.created(URI.create((String) added.get("self"))).body(added);
    }

    /** The moves the workflow allows from the issue's status, with the ids {@code POST} takes. */
    @GetMapping("/{idOrKey}/transitions")
    Map<String, Object> transitions(@PathVariable String idOrKey, CurrentUser user) {
        var issue = issues.get(key(idOrKey, user), user);
        var workflow = schemes.scheme(issue.projectKey(), user).workflow();
        var from = workflow.statuses().stream().filter(s -> s.name().equalsIgnoreCase(issue.status())).findFirst().orElseThrow();
        var shapes = JiraShapes.forThisRequest();
        var moves = workflow.transitions().stream()
                .filter(t -> (t.fromStatusId() == null || t.fromStatusId() == from.id()) && t.toStatusId() != from.id())
                .map(t -> shapes.transition(t, status(workflow, t.toStatusId()))).toList();
        return Map.of("expand", "transitions", "transitions", moves);
    }

    /**
     * {@code {"transition": {"id": "…"}, "fields": {"resolution": {"name": "…"}}}}; answers 204. Beyond Jira, {@code
     * {"transition": {"name": "…"}}} names the status to move to, so a script need not look the id up first.
     */
    @PostMapping("/{idOrKey}/transitions")
    ResponseEntity<Void> transition(@PathVariable String idOrKey, @RequestBody JsonNode body, CurrentUser user) {
        var named = body == null ? null : body.path("transition");
        var id = named == null ? "" : named.path("id").asString("");
        var name = named == null ? "" : named.path("name").asString("");
        if (id.isBlank() && name.isBlank()) {
            throw new InvalidInputException("transition", "Missing 'transition' identifier: {\"transition\": {\"id\": \"…\"}}");
        }
        var key = key(idOrKey, user);
        var issue = issues.get(key, user);
        var workflow = schemes.scheme(issue.projectKey(), user).workflow();
        var to = id.isBlank() ? name : workflow.transitions().stream().filter(t -> String.valueOf(t.id()).equals(id)).findFirst()
                .map(t -> status(workflow, t.toStatusId()).name())
                .orElseThrow(() -> new InvalidInputException("transition", "Transition id '" + id + "' is not valid for this issue."));
        var resolution = body.path("fields").path("resolution").path("name").asString(null);
        issues.transition(key, to, resolution, null, user);
        return ResponseEntity.noContent().build();
    }

    private String key(String idOrKey, CurrentUser user) {
        return key(issues, idOrKey, user);
    }

    /** Jira names an issue by its key or by its id (digits, as a string). */
    static String key(Issues issues, String idOrKey, CurrentUser user) {
        return ISSUE_ID.matcher(idOrKey).matches() ? issues.keyOf(Long.parseLong(idOrKey), user) : idOrKey;
    }

    private static Workflow.Status status(Workflow workflow, long id) {
        return workflow.statuses().stream().filter(s -> s.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Status", id));
    }
}
