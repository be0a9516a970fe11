package dev.meridian.platform.web;

import java.util.Collection;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Says in plain words what is wrong with a request body that could not be read. */
public final class JsonErrors {

    private JsonErrors() {
    }

    static String describe(HttpMessageNotReadableException e) {
        var cause = jackson(e);
        return cause == null ? "The request body is missing or is not valid JSON" : describe(cause);
    }

    /** For bodies read in two steps (as a tree, then as a type), where Spring's own handling does not apply. */
    public static String describe(JacksonException cause) {
        var field = path(cause);
        if (cause instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + field + "'. Known fields: " + u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        if (cause instanceof InvalidFormatException f) {
            return "Field '" + field + "' has an invalid value '" + f.getValue() + "'; expected " + expected(f.getTargetType());
        }
        if (cause instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        if (cause instanceof MismatchedInputException m) {
            return field.isEmpty()
                    ? "The request body must be a JSON object"
                    : "Field '" + field + "' must be " + expected(m.getTargetType());
        }
        if (cause instanceof StreamReadException r) {
            var loc = r.getLocation();
            return "Malformed JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + ": " + r.getOriginalMessage();
        }
        return "The request body could not be read: " + cause.getOriginalMessage();
    }

    static Optional<String> field(HttpMessageNotReadableException e) {
        var cause = jackson(e);
        return cause == null ? Optional.empty() : field(cause);
    }

    public static Optional<String> field(JacksonException cause) {
        return Optional.of(path(cause)).filter(p -> !p.isEmpty());
    }

    private static JacksonException jackson(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "a different type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase())
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == java.time.LocalDate.class) {
            return "a date like 2024-01-31";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }
}
