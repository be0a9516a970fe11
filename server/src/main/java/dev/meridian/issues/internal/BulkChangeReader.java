package dev.meridian.issues.internal;

import dev.meridian.issues.BulkChange;
import dev.meridian.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads a bulk edit body; {@code set} is read exactly like the body of a single issue's PATCH. */
@Component
class BulkChangeReader {

    private final IssuePatchReader patches;

    BulkChangeReader(IssuePatchReader patches) {
        this.patches = patches;
    }

    BulkChange read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "send {\"keys\": [...], \"set\": {...}, \"addLabels\": [...], \"removeLabels\": [...]}");
        }
        var set = body.has("set") ? body.get("set") : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        return new BulkChange(strings(body, "keys"), patches.read(set, null), strings(body, "addLabels"), strings(body, "removeLabels"));
    }

    /** The body's shape, for the OpenAPI document. */
    record Body(List<String> keys, IssuePatchReader.Fields set, List<String> addLabels, List<String> removeLabels) {
    }

    private static List<String> strings(JsonNode body, String field) {
        var node = body.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidInputException(field, "must be a list of strings");
        }
        var values = new ArrayList<String>();
        for (var item : node) {
            if (!item.isString() || item.asString().isBlank()) {
                throw new InvalidInputException(field, "must be a list of non-empty strings");
            }
            values.add(item.asString());
        }
        return values;
    }
}
