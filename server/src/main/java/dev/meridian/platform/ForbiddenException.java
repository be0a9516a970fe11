package dev.meridian.platform;

import org.springframework.http.HttpStatus;

public class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, detail);
    }
}
