package dev.meridian.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.copy.CopyManager;

/**
 * The tables the JQL data is bulk-loaded into, each a {@link CopyBuffer}, with the next ids to use: ids are set by
 * the loader (and the sequences moved past them afterwards) so that related rows can refer to issues directly.
 */
final class BulkTables {

    static final List<String> NAMES = List.of("issues", "issue_changes", "comments", "watchers", "issue_components",
            "issue_versions");

    private final CopyBuffer issues = new CopyBuffer("issues", List.of("id", "project_id", "number", "key", "type_id",
            "status_id", "priority_id", "resolution_id", "summary", "description", "assignee_id", "reporter_id",
            "creator_id", "parent_id", "labels", "story_points", "due_date", "created_at", "updated_at", "resolved_at",
            "version"));
    private final CopyBuffer changes;
    private final CopyBuffer comments = new CopyBuffer("comments", List.of("id", "issue_id", "author_id", "body",
            "created_at", "updated_at"));
    private final CopyBuffer watchers = new CopyBuffer("watchers", List.of("issue_id", "user_id"));
    private final CopyBuffer components = new CopyBuffer("issue_components", List.of("issue_id", "component_id"));
    private final CopyBuffer versions = new CopyBuffer("issue_versions", List.of("issue_id", "version_id", "kind"));
    private long nextIssueId;
    private long nextChangeId;
    private long nextCommentId;

    /** {@code changeIds}: issue_changes has from_id and to_id (ids of statuses, users, resolutions). */
    BulkTables(boolean changeIds, long firstIssueId, long firstChangeId, long firstCommentId) {
        var changeColumns = new ArrayList<>(List.of("id", "issue_id", "actor_id", "at", "field", "from_value", "to_value"));
        if (changeIds) {
            changeColumns.addAll(List.of("from_id", "to_id"));
        }
        this.changes = new CopyBuffer("issue_changes", changeColumns);
        this.nextIssueId = firstIssueId;
        this.nextChangeId = firstChangeId;
        this.nextCommentId = firstCommentId;
    }

    /** Sends every buffer, issues first (the others refer to them). */
    void copy(CopyManager copy) throws SQLException, IOException {
        for (var buffer : all()) {
            buffer.copy(copy);
        }
    }

    List<CopyBuffer> all() {
        return List.of(issues, changes, comments, watchers, components, versions);
    }

    CopyBuffer issues() {
        return issues;
    }

    CopyBuffer changes() {
        return changes;
    }

    CopyBuffer comments() {
        return comments;
    }

    CopyBuffer watchers() {
        return watchers;
    }

    CopyBuffer components() {
        return components;
    }

    CopyBuffer versions() {
        return versions;
    }

    long nextIssueId() {
        return nextIssueId++;
    }

    long nextChangeId() {
        return nextChangeId++;
    }

    long nextCommentId() {
        return nextCommentId++;
    }
}
