package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import java.util.List;
import java.util.Map;

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
}
