package dev.meridian.pipeline.dataset;

import java.util.Map;

/** The worker's memory of a project: the admins' training consent and the roster (keyed digests of names only). */
record ProjectState(boolean trainingAllowed, long projectEventId, Map<String, String> roster) {

    static ProjectState initial() {
        return new ProjectState(true, 0, Map.of());
    }

    ProjectState withConsent(long eventId, boolean allowed) {
        return eventId <= projectEventId ? this : new ProjectState(allowed, eventId, roster);
    }

    ProjectState withRoster(Map<String, String> digests) {
        return new ProjectState(trainingAllowed, projectEventId, digests);
    }
}
