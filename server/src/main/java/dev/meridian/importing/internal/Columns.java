package dev.meridian.importing.internal;

import java.util.List;

/** The header names Jira and Bugzilla CSV exports use for each field, matched without regard to case. */
enum Columns {
    ID("issue id", "bug id", "bug_id", "id", "key", "issue key"),
    SUMMARY("summary", "short_desc", "title"),
    DESCRIPTION("description", "long_desc", "comment"),
    TYPE("issue type", "type", "bug_type"),
    STATUS("status", "bug_status"),
    PRIORITY("priority"),
    RESOLUTION("resolution"),
    ASSIGNEE("assignee", "assigned_to", "assigned to"),
    REPORTER("reporter", "reporter_email"),
    LABELS("labels", "keywords"),
    COMPONENTS("component/s", "components", "component"),
    AFFECTS("affects version/s", "affects versions", "version", "versions"),
    FIX("fix version/s", "fix versions", "target_milestone", "target milestone"),
    CREATED("created", "opendate", "creation_ts", "opened", "reported"),
    UPDATED("updated", "changed", "delta_ts", "changeddate"),
    RESOLVED("resolved", "resolution date", "resolved_date", "closed"),
    DUPLICATES("duplicate id", "duplicates", "dup_id", "duplicate of");

    private final List<String> names;

    Columns(String... names) {
        this.names = List.of(names);
    }

    /** Positions of this field's columns in the header; Jira repeats a column once per value. */
    int[] indexes(List<String> header) {
        return CsvSource.indexes(header, names.toArray(String[]::new));
    }
}
