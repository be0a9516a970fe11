package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The chat's tools as a language model sees them: a name, a description, JSON-schema parameters, and a JSON result. */
interface ToolBox {

    record Spec(String name, String description, Map<String, Object> parameters) {
    }

    /** The result sent back to the model, and the issue keys it contains (which an answer may cite). */
    record Result(Object content, List<String> keys) {
    }

    List<Spec> specs();

    /** Never throws for a bad call: the error is the result, so the model can correct itself. */
    Result call(String name, Map<String, Object> arguments, CurrentUser user, Trace trace);

    /** A tool call's arguments as the model wrote them (JSON text); what is not a JSON object becomes an error to report. */
    static Map<String, Object> arguments(String text, JsonMapper json) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (tools.jackson.core.JacksonException e) {
            return Map.of("error", "arguments were not a JSON object: " + text);
        }
    }
}
