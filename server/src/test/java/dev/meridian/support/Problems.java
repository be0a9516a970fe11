package dev.meridian.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    /** The fields named in the problem's {@code errors}, each with a message. */
    public static List<String> fields(JsonNode problem) {
        var errors = problem.path("errors");
        for (var error : errors.values()) {
            assertThat(error.path("message").asString("")).as("message of " + error).isNotBlank();
        }
        return errors.values().stream().map(e -> e.path("field").asString("")).toList();
    }
}
