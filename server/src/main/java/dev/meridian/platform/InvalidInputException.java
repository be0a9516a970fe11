package dev.meridian.platform;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A 400 naming the fields at fault, each with a message a user can act on. */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, summary(errors));
        with("errors", errors);
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid input");
    }

    public record FieldError(String field, String message) {
    }
}
