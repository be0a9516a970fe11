package dev.meridian.projects.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.ProjectScheme;
import dev.meridian.projects.ProjectSchemes;
import dev.meridian.projects.VersionEdit;
import dev.meridian.projects.Versions;
import dev.meridian.projects.WorkflowDefinition;
import dev.meridian.platform.web.JsonErrors;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/projects")
class ProjectSchemesController {

    private final ProjectSchemes schemes;
    private final Versions versions;
    private final JsonMapper json;

    ProjectSchemesController(ProjectSchemes schemes, Versions versions, JsonMapper json) {
        this.schemes = schemes;
        this.versions = versions;
        this.json = json;
    }

    @GetMapping("/{key}/scheme")
    ProjectScheme scheme(@PathVariable String key, CurrentUser user) {
        return schemes.scheme(key, user);
    }

    /** Each status with the number of issues in it: {@code [{"statusId", "status", "issues"}]}. */
    @GetMapping("/{key}/workflow/usage")
    List<ProjectSchemes.StatusUsage> statusUsage(@PathVariable String key, CurrentUser user) {
        return schemes.statusUsage(key, user);
    }

    @PutMapping("/{key}/workflow")
    ProjectScheme replaceWorkflow(@PathVariable String key, @Valid @RequestBody WorkflowDefinition workflow, CurrentUser user) {
        return schemes.replaceWorkflow(key, workflow, user);
    }

    /** A board column's work-in-progress limits: {@code {"min": 1, "max": 5}}; null or absent clears one. */
    @PutMapping("/{key}/statuses/{status}/wip")
    ProjectScheme setWipLimits(@PathVariable String key, @PathVariable String status, @RequestBody WipRequest request, CurrentUser user) {
        return schemes.setWipLimits(key, status, request.min(), request.max(), user);
    }

    @PutMapping("/{key}/priorities")
    ProjectScheme replacePriorities(@PathVariable String key, @Valid @RequestBody PrioritiesRequest request, CurrentUser user) {
        return schemes.replacePriorities(key, request.names(), request.defaultName(), user);
    }

    @PostMapping("/{key}/components")
    ProjectScheme addComponent(@PathVariable String key, @Valid @RequestBody NameRequest request, CurrentUser user) {
        return schemes.addComponent(key, request.name().trim(), user);
    }

    @PostMapping("/{key}/versions")
    ProjectScheme addVersion(@PathVariable String key, @Valid @RequestBody VersionRequest request, CurrentUser user) {
        return versions.add(key, request.name(), request.description(), request.startDate(), request.releaseDate(),
                Boolean.TRUE.equals(request.released()), user);
    }

    @PutMapping("/{key}/components/{name}")
    ProjectScheme updateComponent(@PathVariable String key, @PathVariable String name, @Valid @RequestBody ComponentRequest request,
            CurrentUser user) {
        return schemes.updateComponent(key, name, request.name().trim(), request.description(), user);
    }

    @DeleteMapping("/{key}/components/{name}")
    ProjectScheme deleteComponent(@PathVariable String key, @PathVariable String name, CurrentUser user) {
        return schemes.deleteComponent(key, name, user);
    }

    /**
     * Any of {@code name}, {@code description}, {@code startDate}, {@code releaseDate}, {@code released} and
     * {@code archived}; a null description or date clears it. Releasing an undated version dates it today.
     */
    @PatchMapping("/{key}/versions/{name}")
    ProjectScheme changeVersion(@PathVariable String key, @PathVariable String name,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VersionFields.class)))
            @RequestBody JsonNode body, CurrentUser user) {
        return versions.edit(key, name, versionEdit(body), user);
    }

    /** {@code level}: {@code standard} (the default), {@code epic} or {@code subtask}. */
    @PostMapping("/{key}/types")
    ProjectScheme addType(@PathVariable String key, @Valid @RequestBody TypeRequest request, CurrentUser user) {
        return schemes.addType(key, request.name().trim(), level(request.level()), user);
    }

    @PutMapping("/{key}/types/{name}")
    ProjectScheme renameType(@PathVariable String key, @PathVariable String name, @Valid @RequestBody NameRequest request, CurrentUser user) {
        return schemes.renameType(key, name, request.name().trim(), user);
    }

    @DeleteMapping("/{key}/types/{name}")
    ProjectScheme deleteType(@PathVariable String key, @PathVariable String name, CurrentUser user) {
        return schemes.deleteType(key, name, user);
    }

    @PostMapping("/{key}/resolutions")
    ProjectScheme addResolution(@PathVariable String key, @Valid @RequestBody NameRequest request, CurrentUser user) {
        return schemes.addResolution(key, request.name().trim(), user);
    }

    @PutMapping("/{key}/resolutions/{name}")
    ProjectScheme renameResolution(@PathVariable String key, @PathVariable String name, @Valid @RequestBody NameRequest request,
            CurrentUser user) {
        return schemes.renameResolution(key, name, request.name().trim(), user);
    }

    @DeleteMapping("/{key}/resolutions/{name}")
    ProjectScheme deleteResolution(@PathVariable String key, @PathVariable String name, CurrentUser user) {
        return schemes.deleteResolution(key, name, user);
    }

    private VersionEdit versionEdit(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "send a JSON object with the fields to change: " + String.join(", ", VersionEdit.FIELDS));
        }
        try {
            var fields = json.treeToValue(body, VersionFields.class);
            return new VersionEdit(Set.copyOf(body.propertyNames()), fields.name(), fields.description(), fields.startDate(),
                    fields.releaseDate(), fields.released(), fields.archived());
        } catch (JacksonException e) {
            throw new InvalidInputException(JsonErrors.field(e).orElse("body"), JsonErrors.describe(e));
        }
    }

    private static int level(String level) {
        if (level == null || level.isBlank() || level.equalsIgnoreCase("standard")) {
            return ProjectScheme.IssueType.STANDARD;
        }
        if (level.equalsIgnoreCase("epic")) {
            return ProjectScheme.IssueType.EPIC;
        }
        if (level.equalsIgnoreCase("subtask") || level.equalsIgnoreCase("sub-task")) {
            return ProjectScheme.IssueType.SUBTASK;
        }
        throw new InvalidInputException("level", "must be standard, epic or subtask (got " + level + ")");
    }

    record TypeRequest(@NotBlank @Size(max = 60) String name, String level) {
    }

    record WipRequest(Integer min, Integer max) {
    }

    record NameRequest(@NotBlank @Size(max = 100) String name) {
    }

    record PrioritiesRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) String> names, String defaultName) {
    }

    record VersionRequest(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description, LocalDate startDate,
            LocalDate releaseDate, Boolean released) {
    }

    /** A version's PATCH: the fields present change. */
    record VersionFields(String name, String description, LocalDate startDate, LocalDate releaseDate, Boolean released,
            Boolean archived) {
    }

    record ComponentRequest(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description) {
    }
}
