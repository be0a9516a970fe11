package dev.meridian.training.internal.registry;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The model registry: members read a project's versions; project admins promote one or roll back. */
@RestController
class ModelsController {

    static final String DEFAULT_KIND = "triage-duplicates";

    private final ModelRegistry registry;
    private final ProjectAccess access;

    ModelsController(ModelRegistry registry, ProjectAccess access) {
        this.registry = registry;
        this.access = access;
    }

    @GetMapping("/api/v1/models")
    List<ModelVersion> list(@RequestParam String project, CurrentUser user) {
        return registry.list(access.browse(project, user).key());
    }

    @PostMapping("/api/v1/models/{id}/promote")
    ModelVersion promote(@PathVariable long id, CurrentUser user) {
        var version = registry.find(id).orElseThrow(() -> new NotFoundException("Model version", id));
        try {
            access.administer(version.projectKey(), user);
        } catch (NotFoundException e) {
            throw new NotFoundException("Model version", id);
        }
        return registry.promote(id, "promoted by " + user.email(), user.id());
    }

    @PostMapping("/api/v1/projects/{key}/models/rollback")
    ModelVersion rollback(@PathVariable String key, @RequestParam(defaultValue = DEFAULT_KIND) String kind, CurrentUser user) {
        return registry.rollback(access.administer(key, user).key(), kind, user.id());
    }
}
