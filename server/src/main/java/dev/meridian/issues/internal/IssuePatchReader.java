package dev.meridian.issues.internal;

import dev.meridian.issues.IssuePatch;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.web.JsonErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a PATCH body in two steps: the field names present (a JSON null clears a field; an absent one stays), then
 * the typed values, so wrong types and unknown fields get the same messages as everywhere else.
 */
@Component
class IssuePatchReader {

    private final JsonMapper json;

    IssuePatchReader(JsonMapper json) {
        this.json = json;
    }

    IssuePatch read(JsonNode body, Integer ifMatchVersion) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "send a JSON object with the fields to change");
        }
        try {
            var fields = json.treeToValue(body, Fields.class);
            var present = new HashSet<>(body.propertyNames());
            present.remove("version");
            var version = fields.version() != null ? fields.version() : ifMatchVersion;
            return new IssuePatch(present, version, fields.type(), fields.summary(), fields.description(), fields.status(),
                    fields.priority(), fields.resolution(), fields.assignee(), fields.reporter(), fields.labels(),
                    fields.components(), fields.fixVersions(), fields.affectsVersions(), fields.storyPoints(),
                    fields.dueDate(), fields.parent(), estimate(body, "originalEstimate", fields.originalEstimate()),
                    estimate(body, "remainingEstimate", fields.remainingEstimate()));
        } catch (JacksonException e) {
            throw new InvalidInputException(JsonErrors.field(e).orElse("body"), JsonErrors.describe(e));
        }
    }

    /** The fields a PATCH may carry; the OpenAPI document shows this shape. */
    record Fields(Integer version, String type, String summary, String description, String status, String priority,
            String resolution, String assignee, String reporter, List<String> labels, List<String> components,
            List<String> fixVersions, List<String> affectsVersions, BigDecimal storyPoints, LocalDate dueDate,
            String parent, String originalEstimate, String remainingEstimate) {
    }

    /** A number would be ambiguous (Jira reads a bare 90 as minutes, JSON readers as seconds): estimates are text. */
    private static String estimate(JsonNode body, String field, String value) {
        if (body.has(field) && body.get(field).isNumber()) {
            throw new InvalidInputException(field, "send the estimate as text, e.g. \"3w 2d 4h 30m\" (1d = 8h, 1w = 5d)");
        }
        return value;
    }
}
