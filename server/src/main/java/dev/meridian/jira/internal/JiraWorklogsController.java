package dev.meridian.jira.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.AdjustEstimate;
import dev.meridian.issues.Issues;
import dev.meridian.issues.NewWorklog;
import dev.meridian.issues.WorkDuration;
import dev.meridian.issues.WorklogView;
import dev.meridian.issues.Worklogs;
import dev.meridian.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Jira's work logs: {@code {"timeSpent": "2h"}} or {@code {"timeSpentSeconds": 7200}}, with {@code started} in Jira's
 * format ({@code 2026-11-26T09:00:00.000+0000}) and a {@code comment}; the remaining estimate moves as Jira's
 * {@code adjustEstimate} says ({@link AdjustEstimate}), automatically by default.
 */
@RestController
@Tag(name = "Jira-compatible API")
@RequestMapping("/rest/api/2/issue/{idOrKey}/worklog")
class JiraWorklogsController {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Issues issues;
    private final Worklogs worklogs;

    JiraWorklogsController(Issues issues, Worklogs worklogs) {
        this.issues = issues;
        this.worklogs = worklogs;
    }

    @GetMapping
    Map<String, Object> list(@PathVariable String idOrKey, CurrentUser user) {
        var shapes = JiraShapes.forThisRequest();
        var list = worklogs.list(JiraIssuesController.key(issues, idOrKey, user), user);
        return Map.of("startAt", 0, "maxResults", list.size(), "total", list.size(),
                "worklogs", list.stream().map(w -> shape(shapes, w)).toList());
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> add(@PathVariable String idOrKey, @RequestBody JsonNode body,
            @ParameterObject AdjustEstimate estimate, CurrentUser user) {
        var added = shape(JiraShapes.forThisRequest(),
                worklogs.add(JiraIssuesController.key(issues, idOrKey, user), work(body), estimate, user));
        return ResponseEntity.created(URI.create((String) added.get("self"))).body(added);
    }

    @PutMapping("/{id}")
    Map<String, Object> edit(@PathVariable String idOrKey, @PathVariable long id, @RequestBody JsonNode body,
            @ParameterObject AdjustEstimate estimate, CurrentUser user) {
        return shape(JiraShapes.forThisRequest(),
                worklogs.edit(JiraIssuesController.key(issues, idOrKey, user), id, work(body), estimate, user));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String idOrKey, @PathVariable long id, @ParameterObject AdjustEstimate estimate,
            CurrentUser user) {
        worklogs.delete(JiraIssuesController.key(issues, idOrKey, user), id, estimate, user);
        return ResponseEntity.noContent().build();
    }

    private static NewWorklog work(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("timeSpent", "send {\"timeSpent\": \"2h\"} or {\"timeSpentSeconds\": 7200}, as Jira does");
        }
        var seconds = body.get("timeSpentSeconds");
        if (seconds != null && !seconds.isNull() && !seconds.canConvertToLong()) {
            throw new InvalidInputException("timeSpentSeconds", "must be a whole number of seconds");
        }
        return new NewWorklog(text(body, "timeSpent"), seconds == null || seconds.isNull() ? null : seconds.asLong(),
                started(text(body, "started")), text(body, "comment"));
    }

    private static String text(JsonNode body, String field) {
        var value = body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Instant started(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, STARTED).toInstant();
        } catch (DateTimeParseException notJiras) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("started", "'" + text + "' is not a time; use Jira's 2026-11-26T09:00:00.000+0000");
            }
        }
    }

    private static Map<String, Object> shape(JiraShapes shapes, WorklogView w) {
        var shape = new LinkedHashMap<String, Object>();
        shape.put("self", shapes.issueUrl(w.issueKey()) + "/worklog/" + w.id());
        shape.put("id", String.valueOf(w.id()));
        shape.put("author", JiraShapes.user(w.author()));
        shape.put("updateAuthor", JiraShapes.user(w.author()));
        shape.put("comment", w.comment() == null ? "" : w.comment());
        shape.put("created", JiraShapes.time(w.createdAt()));
        shape.put("updated", JiraShapes.time(w.updatedAt()));
        shape.put("started", JiraShapes.time(w.started()));
        shape.put("timeSpent", WorkDuration.format(w.timeSpentSeconds()));
        shape.put("timeSpentSeconds", w.timeSpentSeconds());
        return shape;
    }
}
