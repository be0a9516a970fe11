package dev.meridian.issues.internal;

import dev.meridian.issues.TimeTracking;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads and stores the write side of issues. */
@Component
class IssueRows {

    private static final String SELECT = """
            select i.*,
              array(select component_id from issue_components where issue_id = i.id) as component_ids,
              array(select version_id from issue_versions where issue_id = i.id and kind = 'fix') as fix_ids,
              array(select version_id from issue_versions where issue_id = i.id and kind = 'affects') as affects_ids
            from issues i""";

    private final JdbcClient jdbc;

    IssueRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks every issue in the status until the transaction ends. */
    List<IssueRow> lockAllIn(long statusId) {
        return jdbc.sql(SELECT + " where i.status_id = ? order by i.id for update of i").param(statusId).query(IssueRows::map).list();
    }

    /**
     * Locks the row until the transaction ends, so concurrent writers queue up instead of overwriting each other. A key
     * the issue had before it was moved finds it too, as every lookup by key here does.
     */
    Optional<IssueRow> lock(String key) {
        return jdbc.sql(SELECT + " where i.id = meridian_issue_id(?) for update of i").param(key).query(IssueRows::map).optional();
    }

    Optional<IssueRow> find(String key) {
        return jdbc.sql(SELECT + " where i.id = meridian_issue_id(?)").param(key).query(IssueRows::map).optional();
    }

    /** The ids of those of the keys that name an issue, by key, in one query. */
    Map<String, Long> ids(Collection<String> keys) {
        return jdbc.sql("select key, id from issues where key = any(?)").param(keys.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString("key"), rs.getLong("id"))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<IssueRow> find(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(IssueRows::map).optional();
    }

    /** The next number of the project; the row lock on the project keeps numbers gap-free under concurrent creates. */
    int reserveNumbers(long projectId, int count) {
        return jdbc.sql("update projects set issue_counter = issue_counter + ? where id = ? returning issue_counter - ? + 1")
                .params(count, projectId, count).query(Integer.class).single();
    }

    long insert(IssueRow r) {
        long id = jdbc.sql("""
                insert into issues (project_id, number, key, external_id, type_id, status_id, priority_id, resolution_id,
                    summary, description, assignee_id, reporter_id, creator_id, parent_id, labels, story_points, due_date,
                    created_at, updated_at, resolved_at, version, original_estimate_seconds, remaining_estimate_seconds)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) returning id""")
                .params(r.projectId(), r.number(), r.key(), r.externalId(), r.typeId(), r.statusId(), r.priorityId(),
                        r.resolutionId(), r.summary(), r.description(), r.assigneeId(), r.reporterId(), r.creatorId(),
                        r.parentId(), r.labels().toArray(String[]::new), r.storyPoints(), r.dueDate(), ts(r.createdAt()),
                        ts(r.updatedAt()), ts(r.resolvedAt()), r.time().originalEstimateSeconds(), r.time().remainingEstimateSeconds())
                .query(Long.class).single();
        replaceSets(id, r);
        return id;
    }

    void update(IssueRow r, IssueRow before) {
        jdbc.sql("""
                update issues set type_id = ?, status_id = ?, priority_id = ?, resolution_id = ?, summary = ?, description = ?,
                    assignee_id = ?, reporter_id = ?, parent_id = ?, labels = ?, story_points = ?, due_date = ?,
                    updated_at = ?, resolved_at = ?, original_estimate_seconds = ?, remaining_estimate_seconds = ?,
                    version = version + 1
                where id = ?""")
                .params(r.typeId(), r.statusId(), r.priorityId(), r.resolutionId(), r.summary(), r.description(),
                        r.assigneeId(), r.reporterId(), r.parentId(), r.labels().toArray(String[]::new), r.storyPoints(),
                        r.dueDate(), ts(r.updatedAt()), ts(r.resolvedAt()), r.time().originalEstimateSeconds(),
                        r.time().remainingEstimateSeconds(), r.id())
                .update();
        if (!r.componentIds().equals(before.componentIds()) || !r.fixVersionIds().equals(before.fixVersionIds())
                || !r.affectsVersionIds().equals(before.affectsVersionIds())) {
            jdbc.sql("delete from issue_components where issue_id = ?").param(r.id()).update();
            jdbc.sql("delete from issue_versions where issue_id = ?").param(r.id()).update();
            replaceSets(r.id(), r);
        }
    }

    /** Work logged, edited or deleted: the sum and the remaining estimate change, and so does the issue. */
    void updateTime(long issueId, TimeTracking time, Instant at) {
        jdbc.sql("""
                update issues set time_spent_seconds = ?, remaining_estimate_seconds = ?, updated_at = ?, version = version + 1
                where id = ?""").params(time.timeSpentSeconds(), time.remainingEstimateSeconds(), ts(at), issueId).update();
    }

    public void touch(long issueId, Instant at) {
        jdbc.sql("update issues set updated_at = ? where id = ?").params(ts(at), issueId).update();
    }

    /** The issue takes its new project's next key; the key it leaves keeps finding it. */
    void relocate(long id, long projectId, int number, String key, String formerKey) {
        jdbc.sql("update issues set project_id = ?, number = ?, key = ? where id = ?").params(projectId, number, key, id).update();
        jdbc.sql("insert into issue_former_keys (key, issue_id) values (?, ?)").params(formerKey, id).update();
    }

    void delete(long id) {
        jdbc.sql("update issues set parent_id = null where parent_id = ?").param(id).update();
        jdbc.sql("delete from issues where id = ?").param(id).update();
    }

    List<Long> subtaskIds(long parentId) {
        return jdbc.sql("select i.id from issues i join issue_types t on t.id = i.type_id where i.parent_id = ? and t.level < 0")
                .param(parentId).query(Long.class).list();
    }

    /** Locks the issues right under this one (an epic's issues or an issue's sub-tasks) until the transaction ends. */
    List<IssueRow> lockChildren(long parentId) {
        return jdbc.sql(SELECT + " where i.parent_id = ? order by i.id for update of i").param(parentId).query(IssueRows::map).list();
    }

    /** The issues right under this one, without locking them. */
    List<IssueRow> children(long parentId) {
        return jdbc.sql(SELECT + " where i.parent_id = ? order by i.id").param(parentId).query(IssueRows::map).list();
    }

    Optional<Long> idOfExternal(long projectId, String externalId) {
        return jdbc.sql("select id from issues where project_id = ? and external_id = ?").params(projectId, externalId)
                .query(Long.class).optional();
    }

    private void replaceSets(long id, IssueRow r) {
        r.componentIds().forEach(c -> jdbc.sql("insert into issue_components (issue_id, component_id) values (?, ?)").params(id, c).update());
        r.fixVersionIds().forEach(v -> jdbc.sql("insert into issue_versions (issue_id, version_id, kind) values (?, ?, 'fix')").params(id, v).update());
        r.affectsVersionIds().forEach(v -> jdbc.sql("insert into issue_versions (issue_id, version_id, kind) values (?, ?, 'affects')").params(id, v).update());
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static IssueRow map(ResultSet rs, int row) throws SQLException {
        return new IssueRow(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("number"), rs.getString("key"),
                rs.getString("external_id"), rs.getLong("type_id"), rs.getLong("status_id"), (Long) rs.getObject("priority_id"),
                (Long) rs.getObject("resolution_id"), rs.getString("summary"), rs.getString("description"),
                (Long) rs.getObject("assignee_id"), (Long) rs.getObject("reporter_id"), (Long) rs.getObject("creator_id"),
                (Long) rs.getObject("parent_id"), List.of((String[]) rs.getArray("labels").getArray()),
                rs.getBigDecimal("story_points"), rs.getObject("due_date", java.time.LocalDate.class),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "resolved_at"), rs.getInt("version"),
                ids(rs.getArray("component_ids")), ids(rs.getArray("fix_ids")), ids(rs.getArray("affects_ids")), time(rs));
    }

    static TimeTracking time(ResultSet rs) throws SQLException {
        return new TimeTracking((Long) rs.getObject("original_estimate_seconds"), (Long) rs.getObject("remaining_estimate_seconds"),
                (Long) rs.getObject("time_spent_seconds"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return new LinkedHashSet<>(Arrays.asList((Long[]) array.getArray()));
    }
}
