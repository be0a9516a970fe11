package dev.meridian.training.internal.predictions;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.training.internal.registry.ModelRegistry;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a model version answered: members of its project read the newest of its recorded predictions. */
@RestController
class PredictionsController {

    private final PredictionLog predictions;
    private final ModelRegistry registry;
    private final ProjectAccess access;

    PredictionsController(PredictionLog predictions, ModelRegistry registry, ProjectAccess access) {
        this.predictions = predictions;
        this.registry = registry;
        this.access = access;
    }

    @GetMapping("/api/v1/models/{id}/predictions")
    List<PredictionLog.Stored> recent(@PathVariable long id, @RequestParam(defaultValue = "50") int limit, CurrentUser user) {
        var version = registry.find(id).orElseThrow(() -> new NotFoundException("Model version", id));
        try {
            access.browse(version.projectKey(), user);
        } catch (NotFoundException e) {
            throw new NotFoundException("Model version", id);
        }
        return predictions.recent(id, Math.max(1, Math.min(500, limit)));
    }
}
