package dev.meridian.planning.internal;

import dev.meridian.planning.SprintView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sprints and which issues are in them. */
@Component
public class SprintStore {

    /**
     * An issue as a sprint sees it: whether its status is done, whether it is a sub-task (and of which parent), its open
     * sprint if any.
     */
    public record Member(long id, String key, long projectId, boolean done, boolean subtask, Long parentId, String parentKey,
            Long openSprintId, String openSprintName) {
    }

    private static final String MEMBER = """
            select i.id, i.key, i.project_id, st.category = 'done' as done, t.level = -1 as subtask, i.parent_id,
                   pa.key as parent_key, o.id as open_sprint_id, o.name as open_sprint_name
            from issues i join statuses st on st.id = i.status_id join issue_types t on t.id = i.type_id
            left join issues pa on pa.id = i.parent_id
            left join lateral (select s.id, s.name from sprint_issues x join sprints s on s.id = x.sprint_id
                               where x.issue_id = i.id and s.state <> 'closed' limit 1) o on true""";

    private static final String SELECT = """
            select s.id, s.board_id, p.key as project_key, s.name, s.goal, s.state, s.start_date, s.end_date, s.started_at,
                   s.completed_at, s.project_id,
                   array(select i.key from sprint_issues x join issues i on i.id = x.issue_id where x.sprint_id = s.id order by i.rank) as keys
            from sprints s join projects p on p.id = s.project_id""";

    private final JdbcClient jdbc;

    SprintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SprintView> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SprintStore::view).optional();
    }

    /** Locks the sprint row: starting, completing and planning one sprint take turns. */
    public Optional<SprintView> lock(long id) {
        jdbc.sql("select id from sprints where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    /** As Jira's backlog lists them: the active sprint, the future ones in the order they were planned, then the closed, latest first. */
    public List<SprintView> ofBoard(long boardId, boolean includeClosed) {
        return jdbc.sql(SELECT + " where s.board_id = ? and (? or s.state <> 'closed') order by s.state = 'closed', "
                + "s.state <> 'active', case when s.state <> 'closed' then s.created_at end, s.completed_at desc, s.id")
                .params(boardId, includeClosed).query(SprintStore::view).list();
    }

    public List<SprintView> closedOfBoard(long boardId, int limit) {
        return jdbc.sql(SELECT + " where s.board_id = ? and s.state = 'closed' order by s.completed_at desc limit ?")
                .params(boardId, limit).query(SprintStore::view).list();
    }

    public long projectId(long sprintId) {
        return jdbc.sql("select project_id from sprints where id = ?").param(sprintId).query(Long.class).single();
    }

    public long insert(long boardId, long projectId, String name, String goal, Instant start, Instant end, Instant now) {
        return jdbc.sql("""
                insert into sprints (board_id, project_id, name, goal, state, start_date, end_date, created_at)
                values (?, ?, ?, ?, 'future', ?, ?, ?) returning id""")
                .params(boardId, projectId, name, goal, ts(start), ts(end), ts(now)).query(Long.class).single();
    }

    public void update(long id, String name, String goal, Instant start, Instant end) {
        jdbc.sql("update sprints set name = ?, goal = ?, start_date = ?, end_date = ? where id = ?")
                .params(name, goal, ts(start), ts(end), id).update();
    }

    public void start(long id, Instant start, Instant end, Instant now) {
        jdbc.sql("update sprints set state = 'active', start_date = ?, end_date = ?, started_at = ? where id = ?")
                .params(ts(start), ts(end), ts(now), id).update();
    }

    public void complete(long id, Instant now) {
        jdbc.sql("update sprints set state = 'closed', completed_at = ? where id = ?").params(ts(now), id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from sprints where id = ?").param(id).update();
    }

    /** The issues with these keys, locked: plans of the same issues take turns. */
    public List<Member> members(List<String> keys) {
        return jdbc.sql(MEMBER + " where i.key = any(?) order by i.rank for update of i")
                .param(keys.toArray(String[]::new)).query(Member.class).list();
    }

    /** The sub-tasks of these issues, locked. */
    public List<Member> subtasksOf(List<Long> parentIds) {
        return jdbc.sql(MEMBER + " where i.parent_id = any(?) and t.level = -1 order by i.rank for update of i")
                .param(parentIds.toArray(Long[]::new)).query(Member.class).list();
    }

    /** The issues in the sprint, locked, in rank order. */
    public List<Member> membersOf(long sprintId) {
        return jdbc.sql(MEMBER + " join sprint_issues m on m.issue_id = i.id where m.sprint_id = ? order by i.rank for update of i")
                .param(sprintId).query(Member.class).list();
    }

    /** Puts the issues in the sprint and takes them out of any other sprint that is not closed, in one statement. */
    public void moveInto(long sprintId, List<Long> issueIds) {
        jdbc.sql("""
                with taken as (
                    delete from sprint_issues x using sprints s
                    where s.id = x.sprint_id and s.state <> 'closed' and x.sprint_id <> ? and x.issue_id = any(?::bigint[]))
                insert into sprint_issues (sprint_id, issue_id) select ?, unnest(?::bigint[]) on conflict do nothing""")
                .params(sprintId, ids(issueIds), sprintId, ids(issueIds)).update();
    }

    /** Adds the issues to the sprint and leaves them where they are too (the sprint they leave is being completed). */
    public void addAll(long sprintId, List<Long> issueIds) {
        jdbc.sql("insert into sprint_issues (sprint_id, issue_id) select ?, unnest(?::bigint[]) on conflict do nothing")
                .params(sprintId, ids(issueIds)).update();
    }

    public boolean contains(long sprintId, long issueId) {
        return jdbc.sql("select exists (select 1 from sprint_issues where sprint_id = ? and issue_id = ?)").params(sprintId, issueId)
                .query(Boolean.class).single();
    }

    /** An issue taken out of a sprint, and that sprint. */
    public record Left(long issueId, long sprintId, String sprintName) {
    }

    /** Takes the issues out of the sprints of the project that are not closed; the closed ones keep them, as reports read. */
    public List<Left> leaveOpenSprintsOf(long projectId, List<Long> issueIds) {
        return jdbc.sql("""
                delete from sprint_issues x using sprints s
                where s.id = x.sprint_id and s.project_id = ? and s.state <> 'closed' and x.issue_id = any(?::bigint[])
                returning x.issue_id, s.id as sprint_id, s.name as sprint_name""")
                .params(projectId, ids(issueIds)).query(Left.class).list();
    }

    public void removeAll(long sprintId, List<Long> issueIds) {
        jdbc.sql("delete from sprint_issues where sprint_id = ? and issue_id = any(?::bigint[])").params(sprintId, ids(issueIds)).update();
    }

    private static Long[] ids(List<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    private static SprintView view(ResultSet rs, int row) throws SQLException {
        return new SprintView(rs.getLong("id"), rs.getLong("board_id"), rs.getString("project_key"), rs.getString("name"),
                rs.getString("goal"), rs.getString("state"), instant(rs, "start_date"), instant(rs, "end_date"),
                instant(rs, "started_at"), instant(rs, "completed_at"), List.of((String[]) rs.getArray("keys").getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
