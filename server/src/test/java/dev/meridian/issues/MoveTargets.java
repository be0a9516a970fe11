package dev.meridian.issues;

import java.util.Arrays;
import java.util.Map;

/** What the move tests give a target project: a workflow of these statuses, each reachable from any. */
final class MoveTargets {

    private MoveTargets() {
    }

    static Map<String, Object> workflow(String... statuses) {
        var categories = Map.of("To Do", "new", "Done", "done");
        return Map.of("statuses", Arrays.stream(statuses).map(s -> Map.of("name", s, "category", categories.getOrDefault(s, "indeterminate"))).toList(),
                "transitions", Arrays.stream(statuses).map(s -> Map.of("name", s, "to", s)).toList());
    }
}
