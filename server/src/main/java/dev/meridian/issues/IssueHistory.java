package dev.meridian.issues;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes other modules make to an issue (its sprint), kept in the issue's own history so that reports replay them
 * beside status and estimate changes. Ids name the rows the values refer to, as for statuses. As in Jira, such a change
 * updates the issue (its updated time, so `updated >= -1d` and "what changed" find it), not its version: a save made
 * meanwhile in the issue view is not stale for it.
 */
@Service
public class IssueHistory {

    private final JdbcClient jdbc;

    IssueHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One change of {@code field} for each of many issues, made together by one actor, in a single statement. */
    public record Entry(long issueId, String from, String to, Long fromId, Long toId) {
    }

    /**
     * What one change of an issue set, as its history shows it: the items recorded at that instant (an issue's updated
     * time in its change event), for background work no caller started (notifications).
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry.Item> itemsAt(long issueId, Instant at) {
        return jdbc.sql("select field, from_value, to_value from issue_changes where issue_id = ? and at = ? order by id")
                .params(issueId, Timestamp.from(at))
                .query((rs, i) -> new HistoryEntry.Item(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Long actorId, Instant at, String field, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into issue_changes (issue_id, actor_id, at, field, from_value, to_value, from_id, to_id)
                select e.issue_id, ?, ?, ?, e.from_value, e.to_value, e.from_id, e.to_id
                from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
                     as e (issue_id, from_value, to_value, from_id, to_id)""")
                .params(actorId, Timestamp.from(at), field,
                        entries.stream().map(Entry::issueId).toArray(Long[]::new),
                        entries.stream().map(Entry::from).toArray(String[]::new),
                        entries.stream().map(Entry::to).toArray(String[]::new),
                        entries.stream().map(Entry::fromId).toArray(Long[]::new),
                        entries.stream().map(Entry::toId).toArray(Long[]::new))
                .update();
        jdbc.sql("update issues set updated_at = greatest(updated_at, ?) where id = any(?)")
                .params(Timestamp.from(at), entries.stream().map(Entry::issueId).distinct().toArray(Long[]::new))
                .update();
    }
}
