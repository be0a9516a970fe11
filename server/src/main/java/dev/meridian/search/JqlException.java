package dev.meridian.search;

import dev.meridian.platform.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A query that cannot run: Jira's wording, with the line and character (both 1-based) where the problem is. */
public class JqlException extends ProblemException {

    private final String plainMessage;
    private final int line;
    private final int character;

    public JqlException(String message, int line, int character) {
        super(HttpStatus.BAD_REQUEST, message + " (line " + line + ", character " + character + ")");
        this.plainMessage = message;
        this.line = line;
        this.character = character;
        with("title", "Invalid JQL");
        with("errorMessages", List.of(getMessage()));
        with("line", line);
        with("character", character);
    }

    public String plainMessage() {
        return plainMessage;
    }

    public int line() {
        return line;
    }

    public int character() {
        return character;
    }
}
