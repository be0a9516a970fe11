package dev.meridian.projects;

import dev.meridian.projects.WorkflowDefinition.StatusDefinition;
import java.util.List;

/** Values a project lacks and is about to receive, for example from an import. */
public record SchemeAdditions(List<StatusDefinition> statuses, List<String> priorities, List<String> resolutions,
        List<String> types, List<String> versions, List<String> components) {

    public static SchemeAdditions none() {
        return new SchemeAdditions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return statuses.isEmpty() && priorities.isEmpty() && resolutions.isEmpty() && types.isEmpty()
                && versions.isEmpty() && components.isEmpty();
    }
}
