package dev.meridian.platform;

import org.springframework.http.HttpStatus;

/** A write that would overwrite someone else's change, or break a uniqueness rule. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }
}
