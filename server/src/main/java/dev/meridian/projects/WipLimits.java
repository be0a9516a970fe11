package dev.meridian.projects;

import dev.meridian.platform.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A board column's work-in-progress limits, null for none: a maximum of 1 or more (a column that may hold nothing
 * is no column), a minimum of 0 or more, not above the maximum. Project boards and configured boards keep the same rule.
 */
public record WipLimits(Integer min, Integer max) {

    /** What is wrong, by field ({@code min}, {@code max}), each message a user can act on; empty when they are fine. */
    public List<FieldError> problems() {
        var problems = new ArrayList<FieldError>();
        if (min != null && min < 0) {
            problems.add(new FieldError("min", "must be a whole number from 0, or empty for no minimum (got " + min + ")"));
        }
        if (max != null && max < 1) {
            problems.add(new FieldError("max", "must be a whole number from 1, or empty for no maximum (got " + max + ")"));
        }
        if (problems.isEmpty() && min != null && max != null && min > max) {
            problems.add(new FieldError("min", "must not be above the maximum (" + max + ")"));
        }
        return problems;
    }
}
