package dev.meridian.planning.internal;

import dev.meridian.platform.InvalidInputException;
import java.math.BigDecimal;

/** What a sprint's burndown and burnup, and a board's velocity, count, as Jira's estimation statistic: story points or issues. */
public enum Statistic {
    POINTS, ISSUES;

    /** What an issue in this state adds to the sprint's work. */
    BigDecimal of(Timeline.State s) {
        return this == ISSUES ? BigDecimal.ONE : s.estimate();
    }

    /** {@code points} or {@code issues}. */
    public static Statistic named(String name) {
        return switch (name == null ? "" : name.trim()) {
            case "points" -> POINTS;
            case "issues" -> ISSUES;
            default -> throw new InvalidInputException("by", "must be points or issues (was '" + name + "')");
        };
    }
}
