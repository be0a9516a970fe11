package dev.meridian.projects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A workflow as a project admin writes it: statuses in board order (each by its id, to rename one, or by name), and named
 * transitions between them by name.
 * A transition without {@code from} may be taken from any status. {@code moveIssues} names, for a status left out that
 * still has issues, the status of the new workflow they move to (as Jira asks when a status in use is removed).
 */
public record WorkflowDefinition(@NotEmpty @Size(max = 50) List<@Valid StatusDefinition> statuses,
        @NotNull @Size(max = 500) List<@Valid TransitionDefinition> transitions,
        @Size(max = 50) Map<@NotBlank String, @NotBlank String> moveIssues) {

    public WorkflowDefinition(List<StatusDefinition> statuses, List<TransitionDefinition> transitions) {
        this(statuses, transitions, Map.of());
    }

    public WorkflowDefinition {
        moveIssues = moveIssues == null ? Map.of() : moveIssues;
    }

    /** {@code id}: an existing status of the project, kept with its issues under this name; without one, matched by name. */
    public record StatusDefinition(@NotBlank @Size(max = 60) String name, @NotNull StatusCategory category, Long id) {

        public StatusDefinition(String name, StatusCategory category) {
            this(name, category, null);
        }
    }

    public record TransitionDefinition(@NotBlank @Size(max = 60) String name, String from, @NotBlank String to) {
    }
}
