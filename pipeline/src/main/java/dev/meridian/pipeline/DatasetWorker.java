package dev.meridian.pipeline;

import dev.meridian.pipeline.dataset.DatasetWriter;
import dev.meridian.pipeline.dataset.ProjectOutcome;
import dev.meridian.pipeline.event.ChangeEvent;
import dev.meridian.pipeline.event.IssueImage;
import dev.meridian.pipeline.event.ChangeType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dataset worker: one batch of change events in, training data stored. Projects are independent: they are
 * written in parallel, a project whose write fails fails alone, and once {@code outOfTime} says so no further project
 * is started.
 */
public final class DatasetWorker {

    private static final Logger LOG = Logger.getLogger(DatasetWorker.class.getName());
    private static final ExecutorService PROJECTS = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "dataset-project");
                thread.setDaemon(true);
                return thread;
            });

    private final DatasetWriter writer;

    public DatasetWorker(DatasetWriter writer) {
        this.writer = writer;
    }

    public BatchOutcome process(List<ChangeEvent> events, BooleanSupplier outOfTime) {
        Set<Long> failed = ConcurrentHashMap.newKeySet();
        Set<Long> notStarted = ConcurrentHashMap.newKeySet();
        Map<ChangeEvent, IssueImage> images = new IdentityHashMap<>();
        Map<String, List<ChangeEvent>> byProject = events.stream()
                .filter(event -> isWellFormed(event, failed, images))
                .collect(Collectors.groupingBy(ChangeEvent::projectKey, LinkedHashMap::new, Collectors.toList()));
        events.stream().filter(DatasetWorker::isLink).filter(event -> !failed.contains(event.eventId()))
                .forEach(link -> otherProjects(link).forEach(other -> byProject.computeIfAbsent(other, p -> new ArrayList<>()).add(link)));
        List<Callable<Optional<ProjectOutcome>>> projects = new ArrayList<>();
        byProject.forEach((project, projectEvents) -> projects.add(() -> {
            if (outOfTime.getAsBoolean()) {
                projectEvents.forEach(event -> notStarted.add(event.eventId()));
                return Optional.empty();
            }
            try {
                return Optional.of(writer.write(project, projectEvents, images));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "project " + project + ": " + projectEvents.size() + " events failed, they will be retried", e);
                projectEvents.forEach(event -> failed.add(event.eventId()));
                return Optional.empty();
            }
        }));
        List<ProjectOutcome> outcomes = runAll(projects).stream().flatMap(Optional::stream).toList();
        return new BatchOutcome(outcomes, Set.copyOf(failed), Set.copyOf(notStarted));
    }

    /** Projects share no state, so they are written side by side: one core each, as the machine (or Lambda) has. */
    private static <T> List<T> runAll(List<Callable<T>> tasks) {
        try {
            if (tasks.size() == 1) {
                return List.of(tasks.get(0).call());
            }
            List<T> results = new ArrayList<>(tasks.size());
            for (Future<T> done : PROJECTS.invokeAll(tasks)) {
                results.add(done.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        } catch (ExecutionException e) {
            // An Error (out of memory, or a test's simulated crash) ends the batch as it would have without threads.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a project's write escaped its own failure handling", e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("a project's write escaped its own failure handling", e);
        }
    }

    private static boolean isLink(ChangeEvent event) {
        return event.type() == ChangeType.LINK_CREATED || event.type() == ChangeType.LINK_DELETED;
    }

    /** A link between projects changes an issue of the other project too: its records list the link as well. */
    private static List<String> otherProjects(ChangeEvent link) {
        return Stream.of(link.link().outwardKey(), link.link().inwardKey())
                .filter(key -> key != null && key.lastIndexOf('-') > 0)
                .map(key -> key.substring(0, key.lastIndexOf('-')))
                .filter(project -> !project.equals(link.projectKey()))
                .distinct().toList();
    }

    /** A poison event fails alone instead of failing, and so repeating, the whole project's share of the batch. */
    private static boolean isWellFormed(ChangeEvent event, Set<Long> failed, Map<ChangeEvent, IssueImage> images) {
        try {
            IssueImage image = event.validate();
            if (image != null) {
                images.put(event, image);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warning("event " + event.eventId() + " is malformed and will end in the dead-letter queue: " + e.getMessage());
            failed.add(event.eventId());
            return false;
        }
    }
}
