package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.event.Json;
import dev.meridian.pipeline.store.ObjectStore;
import java.util.Collection;
import java.util.Optional;

/** Reads and writes the worker's memory in the object store (so a Lambda needs no database). */
final class WorkerState {

    private final ObjectStore store;

    WorkerState(ObjectStore store) {
        this.store = store;
    }

    Optional<IssueState> issue(String project, String issueKey) {
        return store.get(DatasetKeys.issueState(project, issueKey)).map(bytes -> Json.MAPPER.readValue(bytes, IssueState.class));
    }

    void save(String project, IssueState state) {
        store.put(DatasetKeys.issueState(project, state.key()), Json.MAPPER.writeValueAsBytes(state));
    }

    ProjectState project(String project) {
        return store.get(DatasetKeys.projectState(project))
                .map(bytes -> Json.MAPPER.readValue(bytes, ProjectState.class))
                .orElseGet(ProjectState::initial);
    }

    void save(String project, ProjectState state) {
        store.put(DatasetKeys.projectState(project), Json.MAPPER.writeValueAsBytes(state));
    }

    boolean processed(String project, long eventId) {
        return store.exists(DatasetKeys.processedEvent(project, eventId));
    }

    void markProcessed(String project, Collection<Long> eventIds) {
        eventIds.forEach(eventId -> store.put(DatasetKeys.processedEvent(project, eventId), new byte[0]));
    }
}
