package dev.meridian.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The one error shape of the API (RFC 9457 problem+json), as a client relies on it. */
public final class Problems {

    private Problems() {
    }

    /** Asserts the status, the problem+json media type and a detail a person can read; returns the problem. */
    public static JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("Content-Type of " + response).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.path("status").asInt(0)).as(response.toString()).isEqualTo(status);
        assertThat(problem.path("detail").asString("")).as("detail of " + response).isNotBlank();
        return problem;
    }

    /**
     * A refusal of {@code path}: Jira's error shape on the Jira-compatible API ({@code /rest/}), problem+json everywhere
     * else. Returns it with its messages as {@code detail}, to compare refusals of either kind.
     */
    public static JsonNode assertRefusal(String path, Api.Response response, int status) {
        if (!path.startsWith("/rest/")) {
            return assertProblem(response, status);
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("Content-Type of " + response).startsWith("application/json");
        var error = response.json();
        var messages = new java.util.ArrayList<String>();
        error.path("errorMessages").values().forEach(m -> messages.add(m.asString()));
        error.path("errors").properties().forEach(e -> messages.add(e.getKey() + ": " + e.getValue().asString()));
        assertThat(messages).as("Jira's errorMessages or errors of " + response).isNotEmpty().allMatch(m -> !m.isBlank());
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("detail", String.join("; ", messages));
    }

    /** The fields named in the problem's {@code errors}, each with a message. */
    public static List<String> fields(JsonNode problem) {
        var errors = problem.path("errors");
        for (var error : errors.values()) {
            assertThat(error.path("message").asString("")).as("message of " + error).isNotBlank();
        }
        return errors.values().stream().map(e -> e.path("field").asString("")).toList();
    }

    /** The problem's {@code errors} as field → message, in their order. */
    public static Map<String, String> messagesByField(JsonNode problem) {
        var messages = new LinkedHashMap<String, String>();
        problem.get("errors").forEach(error -> messages.put(error.get("field").asString(), error.get("message").asString()));
        return messages;
    }
}
