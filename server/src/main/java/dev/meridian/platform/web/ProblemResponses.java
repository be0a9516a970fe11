package dev.meridian.platform.web;

import dev.meridian.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem+json shape: for an expected rejection wherever a handler answers it, and for answers written by servlet
 * filters, before any controller advice can act.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", status.getReasonPhrase(),
                "status", status.value(), "detail", detail));
    }

    /** The answer to an expected rejection: its status, detail and members. */
    public static ResponseEntity<ProblemDetail> entity(ProblemException e) {
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        e.properties().forEach((name, value) -> {
            // ProblemDetail writes its own title: one set as a property too would be a second "title" in the same object.
            if ("title".equals(name)) {
                problem.setTitle(String.valueOf(value));
            } else {
                problem.setProperty(name, value);
            }
        });
        // Named, not negotiated: an exception from reading a multipart request was otherwise answered as plain JSON.
        var response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // HTTP's own way to say when to come back, beside the problem's member of the same meaning.
        if (e.properties().get("retryAfterSeconds") instanceof Long seconds) {
            response.header(HttpHeaders.RETRY_AFTER, seconds.toString());
        }
        return response.body(problem);
    }
}
