package dev.meridian.projects;

import jakarta.validation.constraints.Size;

/** Fields left null stay as they are; an empty description clears it. */
public record ProjectUpdate(@Size(min = 1, max = 80) String name, @Size(max = 4000) String description, String lead,
        Boolean aiTrainingEnabled, Integer version) {
}
