package dev.meridian.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code lead}: an email, the creator when missing; {@code template}: the board it starts with, none when missing. */
public record NewProject(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,9}", message = "must be 2 to 10 upper-case letters or digits, starting with a letter, like PROJ")
        String key,
        @NotBlank @Size(max = 80) String name,
        @Size(max = 4000) String description,
        String lead,
        ProjectTemplate template) {
}
