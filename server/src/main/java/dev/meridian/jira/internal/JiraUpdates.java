package dev.meridian.jira.internal;

import dev.meridian.issues.IssueView;
import dev.meridian.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jira's {@code update} operations of an edit ({@code {"labels": [{"add": "x"}, {"remove": "y"}], "comment": [{"add":
 * {"body": "…"}}], "summary": [{"set": "…"}]}}) turned into the plain new values of {@code fields}, from the issue as it
 * is now. Plain Java.
 */
final class JiraUpdates {

    /** Fields whose values are lists, as Jira's and Meridian's names of the issue's current values. */
    private static final List<String> LISTS = List.of("labels", "components", "fixVersions", "versions");

    /** The comments to add, in order. */
    final List<String> comments = new ArrayList<>();
    final ObjectNode fields;

    JiraUpdates(JsonNode body, IssueView current) {
        if (body == null || !body.isObject() || !body.has("fields") && !body.has("update")) {
            throw new InvalidInputException("fields", "send the changes as {\"fields\": {...}} or {\"update\": {...}}, as Jira does");
        }
        var given = body.get("fields");
        fields = given != null && given.isObject() ? ((ObjectNode) given).deepCopy() : JsonNodeFactory.instance.objectNode();
        var update = body.get("update");
        if (update == null || update.isNull()) {
            return;
        }
        if (!update.isObject()) {
            throw new InvalidInputException("update", "update must be an object of field names and operation lists");
        }
        for (var entry : update.properties()) {
            var field = entry.getKey();
            if (!entry.getValue().isArray()) {
                throw new InvalidInputException(field, "operations on " + field + " must be a list such as [{\"set\": …}]");
            }
            if (field.equals("comment")) {
                entry.getValue().values().forEach(op -> comments.add(op.path("add").path("body").asString("")));
                if (comments.stream().anyMatch(String::isBlank)) {
                    throw new InvalidInputException("comment", "Comment body can not be empty!");
                }
            } else if (LISTS.contains(field)) {
                fields.set(field, applyToList(field, entry.getValue(), currentList(field, current)));
            } else {
                for (var op : entry.getValue().values()) {
                    if (!op.has("set")) {
                        throw new InvalidInputException(field, "only \"set\" can change " + field);
                    }
                    fields.set(field, op.get("set"));
                }
            }
        }
    }

    private static JsonNode applyToList(String field, JsonNode ops, List<String> current) {
        var values = new LinkedHashSet<>(current);
        for (var op : ops.values()) {
            var verb = op.propertyNames().stream().findFirst().orElse("");
            var value = op.get(verb);
            switch (verb) {
                case "add" -> values.add(name(value));
                case "remove" -> values.remove(name(value));
                case "set" -> {
                    values.clear();
                    value.values().forEach(v -> values.add(name(v)));
                }
                default -> throw new InvalidInputException(field, "operations on " + field + " are add, remove and set");
            }
        }
        var list = JsonNodeFactory.instance.arrayNode();
        values.forEach(v -> list.add(field.equals("labels") ? JsonNodeFactory.instance.stringNode(v)
                : JsonNodeFactory.instance.objectNode().put("name", v)));
        return list;
    }

    private static String name(JsonNode value) {
        return value.isString() ? value.asString() : value.path("name").asString("");
    }

    private static List<String> currentList(String field, IssueView issue) {
        return Map.of("labels", issue.labels(), "components", issue.components(), "fixVersions", issue.fixVersions(),
                "versions", issue.affectsVersions()).get(field);
    }

    /** The edit as Jira's {@code fields} alone. */
    JsonNode asFieldsBody() {
        return JsonNodeFactory.instance.objectNode().set("fields", fields);
    }
}
