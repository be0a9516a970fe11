package dev.meridian.issues;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Names, not ids: types, priorities, components and versions are looked up in the project's scheme. The original
 * estimate is Jira's duration text ("2d 4h"); the remaining estimate starts at it.
 */
public record NewIssue(
        @NotBlank String project,
        @NotBlank String type,
        @NotBlank @Size(max = 255) String summary,
        @Size(max = 65536) String description,
        String priority,
        String assignee,
        String reporter,
        @Size(max = 50) List<@NotBlank @Size(max = 255) String> labels,
        @Size(max = 50) List<@NotBlank String> components,
        @Size(max = 50) List<@NotBlank String> fixVersions,
        @Size(max = 50) List<@NotBlank String> affectsVersions,
        @DecimalMin("0") @DecimalMax("1000") BigDecimal storyPoints,
        LocalDate dueDate,
        String parent,
        String originalEstimate) {
}
