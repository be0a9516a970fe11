package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.issues.TimeTracking;
import dev.meridian.issues.WorklogView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Work log rows, and the change each one makes to its issue (time spent, remaining estimate, history, updated time). */
@Component
public class WorklogStore {

    private static final String SELECT = """
            select w.id, i.key, u.id as uid, u.email, u.display_name, w.started_at, w.time_spent_seconds, w.comment,
                   w.created_at, w.updated_at
            from worklogs w join issues i on i.id = w.issue_id join users u on u.id = w.author_id""";

    private final JdbcClient jdbc;
    private final HistoryStore history;
    private final IssueRows issues;

    WorklogStore(JdbcClient jdbc, HistoryStore history, IssueRows issues) {
        this.jdbc = jdbc;
        this.history = history;
        this.issues = issues;
    }

    public long insert(long issueId, long authorId, Instant started, long seconds, String comment, Instant at) {
        return jdbc.sql("""
                insert into worklogs (issue_id, author_id, started_at, time_spent_seconds, comment, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(issueId, authorId, IssueRows.ts(started), seconds, comment, IssueRows.ts(at), IssueRows.ts(at))
                .query(Long.class).single();
    }

    public void update(long id, Instant started, long seconds, String comment, Instant at) {
        jdbc.sql("update worklogs set started_at = ?, time_spent_seconds = ?, comment = ?, updated_at = ? where id = ?")
                .params(IssueRows.ts(started), seconds, comment, IssueRows.ts(at), id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from worklogs where id = ?").param(id).update();
    }

    /** Oldest work first, as Jira lists it. */
    public List<WorklogView> list(long issueId) {
        return jdbc.sql(SELECT + " where w.issue_id = ? order by w.started_at, w.id").param(issueId).query(WorklogStore::map).list();
    }

    public Optional<WorklogView> find(long issueId, long worklogId) {
        return jdbc.sql(SELECT + " where w.issue_id = ? and w.id = ?").params(issueId, worklogId).query(WorklogStore::map).optional();
    }

    /** The issue's time tracking moves from {@code before} to {@code after}: stored, in its history, and it is updated. */
    public void recordChange(long issueId, long actorId, Instant at, TimeTracking before, TimeTracking after) {
        issues.updateTime(issueId, after, at);
        history.record(issueId, actorId, at, Diff.time(before, after));
    }

    private static WorklogView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new WorklogView(rs.getLong("id"), rs.getString("key"),
                new UserRef(rs.getLong("uid"), rs.getString("email"), rs.getString("display_name")),
                rs.getTimestamp("started_at").toInstant(), rs.getLong("time_spent_seconds"), rs.getString("comment"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
