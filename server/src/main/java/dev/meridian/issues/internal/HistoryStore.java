package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.issues.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class HistoryStore {

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long issueId, Long actorId, Instant at, List<FieldChange> changes) {
        for (var c : changes) {
            jdbc.sql("""
                    insert into issue_changes (issue_id, actor_id, at, field, from_value, to_value, from_id, to_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(issueId, actorId, IssueRows.ts(at), c.field(), c.from(), c.to(), c.fromId(), c.toId()).update();
        }
    }

    /** Items made by one actor at one instant form one entry, as Jira groups them. */
    List<HistoryEntry> list(long issueId) {
        var rows = jdbc.sql("""
                select c.at, u.id, u.email, u.display_name, c.field, c.from_value, c.to_value
                from issue_changes c left join users u on u.id = c.actor_id where c.issue_id = ? order by c.id""")
                .param(issueId)
                .query((rs, i) -> new Row(rs.getTimestamp(1).toInstant(),
                        rs.getObject(2) == null ? null : new UserRef(rs.getLong(2), rs.getString(3), rs.getString(4)),
                        new HistoryEntry.Item(rs.getString(5), rs.getString(6), rs.getString(7))))
                .list();
        var entries = new ArrayList<HistoryEntry>();
        for (var row : rows) {
            var last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (last != null && last.at().equals(row.at()) && Objects.equals(last.actor(), row.actor())) {
                last.items().add(row.item());
            } else {
                var items = new ArrayList<HistoryEntry.Item>();
                items.add(row.item());
                entries.add(new HistoryEntry(row.at(), row.actor(), items));
            }
        }
        return entries;
    }

    private record Row(Instant at, UserRef actor, HistoryEntry.Item item) {
    }
}
