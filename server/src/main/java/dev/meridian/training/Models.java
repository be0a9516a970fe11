package dev.meridian.training;

import dev.meridian.training.internal.registry.ModelRegistry;
import dev.meridian.training.internal.registry.ModelVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The registry's active versions, for modules that answer with them (the assistant's bedrock provider and its
 * question-intent model). Callers check access to the project themselves: nothing here is issue data.
 */
@Service
public class Models {

    private final ModelRegistry registry;

    Models(ModelRegistry registry) {
        this.registry = registry;
    }

    public Optional<ActiveModel> active(String projectKey, String kind) {
        return registry.active(projectKey, kind).map(Models::view);
    }

    /** The project's active versions of every kind. */
    public List<ActiveModel> actives(String projectKey) {
        return registry.actives().stream().filter(v -> v.projectKey().equals(projectKey)).map(Models::view).toList();
    }

    private static ActiveModel view(ModelVersion v) {
        return new ActiveModel(v.projectKey(), v.kind(), v.label(), v.trainer(), v.baseModel(), v.artifact(), v.parameters());
    }
}
