package dev.meridian.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An expected rejection that the API reports as problem+json: the status, a detail a user can act on,
 * and extra members (field errors, allowed transitions, the current state of a stale resource).
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
