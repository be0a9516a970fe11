package dev.meridian.training;

import dev.meridian.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** The project has no active model yet (409); the detail says how to train one. */
public class NoActiveModelException extends ProblemException {

    private final String projectKey;

    public NoActiveModelException(String projectKey) {
        super(HttpStatus.CONFLICT, "Project " + projectKey + " has no active model yet; a project admin can train one with "
                + "POST /api/v1/training/jobs {\"project\": \"" + projectKey + "\", \"mode\": \"full\"}");
        this.projectKey = projectKey;
        with("projectKey", projectKey);
    }

    public String projectKey() {
        return projectKey;
    }
}
