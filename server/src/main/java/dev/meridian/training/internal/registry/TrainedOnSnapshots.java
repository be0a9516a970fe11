package dev.meridian.training.internal.registry;

import dev.meridian.training.PinnedSnapshots;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Retention keeps every snapshot a registered (not failed) model version was trained on: its lineage stays readable. */
@Component
class TrainedOnSnapshots implements PinnedSnapshots {

    private final ModelRegistry registry;

    TrainedOnSnapshots(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Set<String> pinned(String projectKey) {
        return registry.trainedOn(projectKey);
    }
}
