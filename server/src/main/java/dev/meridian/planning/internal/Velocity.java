package dev.meridian.planning.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Committed (the estimate, or the number of issues, in the sprint when it started) against completed (done when it was
 * completed), per sprint.
 */
public final class Velocity {

    public record Sprint(long id, String name, BigDecimal committed, BigDecimal completed) {
    }

    public record Report(List<Sprint> sprints, BigDecimal averageCompleted) {
    }

    private Velocity() {
    }

    public static Report of(List<Burndown.Report> burndowns, List<String> names) {
        var sprints = new java.util.ArrayList<Sprint>();
        for (int i = 0; i < burndowns.size(); i++) {
            var b = burndowns.get(i);
            sprints.add(new Sprint(b.sprintId(), names.get(i), b.committed(), b.completed()));
        }
        var total = sprints.stream().map(Sprint::completed).reduce(BigDecimal.ZERO, BigDecimal::add);
        var average = sprints.isEmpty() ? BigDecimal.ZERO
                : total.divide(BigDecimal.valueOf(sprints.size()), 2, java.math.RoundingMode.HALF_UP);
        return new Report(sprints, average);
    }
}
