package dev.meridian.pipeline;

import dev.meridian.pipeline.dataset.DatasetWriter;
import dev.meridian.pipeline.dataset.ProjectOutcome;
import dev.meridian.pipeline.event.ChangeEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The dataset worker: one batch of change events in, training data stored. Projects are independent: a project
 * whose write fails fails alone, and once {@code outOfTime} says so no further project is started.
 */
public final class DatasetWorker {

    private static final Logger LOG = Logger.getLogger(DatasetWorker.class.getName());

    private final DatasetWriter writer;

    public DatasetWorker(DatasetWriter writer) {
        this.writer = writer;
    }

    public BatchOutcome process(List<ChangeEvent> events, BooleanSupplier outOfTime) {
        Set<Long> failed = new HashSet<>();
        Set<Long> notStarted = new HashSet<>();
        Map<String, List<ChangeEvent>> byProject = events.stream()
                .filter(event -> isWellFormed(event, failed))
                .collect(Collectors.groupingBy(ChangeEvent::projectKey, LinkedHashMap::new, Collectors.toList()));
        List<ProjectOutcome> outcomes = new ArrayList<>();
        byProject.forEach((project, projectEvents) -> {
            if (outOfTime.getAsBoolean()) {
                projectEvents.forEach(event -> notStarted.add(event.eventId()));
                return;
            }
            try {
                outcomes.add(writer.write(project, projectEvents));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "project " + project + ": " + projectEvents.size() + " events failed, they will be retried", e);
                projectEvents.forEach(event -> failed.add(event.eventId()));
            }
        });
        return new BatchOutcome(List.copyOf(outcomes), Set.copyOf(failed), Set.copyOf(notStarted));
    }

    /** A poison event fails alone instead of failing, and so repeating, the whole project's share of the batch. */
    private static boolean isWellFormed(ChangeEvent event, Set<Long> failed) {
        try {
            event.validate();
            return true;
        } catch (RuntimeException e) {
            LOG.warning("event " + event.eventId() + " is malformed and will end in the dead-letter queue: " + e.getMessage());
            failed.add(event.eventId());
            return false;
        }
    }
}
