package dev.meridian.pipeline.dataset;

import java.util.regex.Pattern;

/**
 * Where everything lives in the object store: {@code datasets/} holds the shards (what training reads),
 * {@code state/} the worker's memory (anonymized issue state, project settings, processed event ids),
 * {@code snapshots/} the sealed snapshots.
 */
final class DatasetKeys {

    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");
    private static final Pattern ISSUE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}-\\d{1,12}");

    private DatasetKeys() {
    }

    static String project(String project) {
        if (project == null || !PROJECT.matcher(project).matches()) {
            throw new IllegalArgumentException("not a project key: " + project);
        }
        return project;
    }

    static String issue(String issueKey) {
        if (issueKey == null || !ISSUE.matcher(issueKey).matches()) {
            throw new IllegalArgumentException("not an issue key: " + issueKey);
        }
        return issueKey;
    }

    static String issueStates(String project) {
        return "state/" + project(project) + "/issues/";
    }

    static String issueState(String project, String issueKey) {
        return issueStates(project) + issue(issueKey) + ".json";
    }

    static String projectState(String project) {
        return "state/" + project(project) + "/project.json";
    }

    static String processedEvents(String project) {
        return "state/" + project(project) + "/events/";
    }

    static String processedEvent(String project, long eventId) {
        return processedEvents(project) + eventId;
    }

    static String shards(String project) {
        return "datasets/" + project(project) + "/";
    }

    static String shard(String project, String date, String kind, String partId) {
        return shards(project) + date + "/" + kind + "-" + partId + ".jsonl";
    }

    static String index(String project, String date, String partId) {
        return shards(project) + date + "/index-" + partId + ".json";
    }

    static String snapshots(String project) {
        return "snapshots/" + project(project) + "/";
    }

    static String snapshotFile(String project, String snapshotId, String name) {
        return snapshots(project) + snapshotId + "/" + name;
    }
}
