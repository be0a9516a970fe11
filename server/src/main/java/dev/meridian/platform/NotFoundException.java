package dev.meridian.platform;

import org.springframework.http.HttpStatus;

/** Also what a user gets for a project they may not see: its existence is not revealed. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(HttpStatus.NOT_FOUND, what + " '" + id + "' does not exist or you do not have access to it");
    }
}
