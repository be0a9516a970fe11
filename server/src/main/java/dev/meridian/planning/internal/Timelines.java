package dev.meridian.planning.internal;

import dev.meridian.planning.Sprints;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues' timelines from issue_changes: the values at creation are the first change's "from" (or today's value when
 * the field never changed), then every sprint, estimate and status change in order.
 */
@Component
public class Timelines {

    private final JdbcClient jdbc;

    Timelines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every issue that was ever in the sprint. */
    public List<Long> everIn(long sprintId) {
        return jdbc.sql("""
                select issue_id from sprint_issues where sprint_id = ?
                union select issue_id from issue_changes where field = ? and (from_id = ? or to_id = ?)""")
                .params(sprintId, Sprints.FIELD, sprintId, sprintId).query(Long.class).list();
    }

    public List<Timeline> of(List<Long> ids) {
        var array = ids.toArray(Long[]::new);
        var changes = new HashMap<Long, List<Raw>>();
        jdbc.sql("""
                select c.issue_id, c.at, c.field, c.from_value, c.to_value, c.from_id, c.to_id,
                       coalesce(fs.category = 'done', false) as from_done, coalesce(ts.category = 'done', false) as to_done
                from issue_changes c
                left join statuses fs on c.field = 'status' and fs.id = c.from_id
                left join statuses ts on c.field = 'status' and ts.id = c.to_id
                where c.issue_id = any(?) and c.field in ('Sprint', 'storyPoints', 'status') order by c.issue_id, c.at, c.id""")
                .param(array)
                .query((rs, n) -> new Raw(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7), rs.getBoolean(8), rs.getBoolean(9)))
                .list().forEach(r -> changes.computeIfAbsent(r.issueId(), k -> new ArrayList<>()).add(r));
        return jdbc.sql("""
                select i.id, i.key, t.level = -1 as subtask, i.created_at, i.story_points, s.name, s.category = 'done' as done,
                       i.resolved_at,
                       (select x.sprint_id from sprint_issues x join sprints sp on sp.id = x.sprint_id
                        where x.issue_id = i.id and sp.state <> 'closed' limit 1) as open_sprint
                from issues i join issue_types t on t.id = i.type_id join statuses s on s.id = i.status_id
                where i.id = any(?) order by i.id""")
                .param(array)
                .query((rs, n) -> timeline(rs.getString(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant(),
                        rs.getBigDecimal(5), rs.getString(6), rs.getBoolean(7), instant(rs.getTimestamp(8)), (Long) rs.getObject(9),
                        changes.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private static Timeline timeline(String key, boolean subtask, Instant created, BigDecimal points, String status,
            boolean done, Instant resolvedAt, Long openSprint, List<Raw> raws) {
        Map<String, Raw> first = new HashMap<>();
        var changes = new ArrayList<Timeline.Change>();
        for (var r : raws) {
            first.putIfAbsent(r.field(), r);
            changes.add(switch (r.field()) {
                case "Sprint" -> new Timeline.Change(r.at(), Timeline.Field.SPRINT, r.toId(), false);
                case "storyPoints" -> new Timeline.Change(r.at(), Timeline.Field.POINTS, number(r.to()), false);
                default -> new Timeline.Change(r.at(), Timeline.Field.STATUS, r.to(), r.toDone());
            });
        }
        var s = first.get("Sprint");
        var p = first.get("storyPoints");
        var st = first.get("status");
        return new Timeline(key, subtask, created, s == null ? openSprint : s.fromId(), p == null ? points : number(p.from()),
                st == null ? done : st.fromDone(), st == null ? status : st.from(), changes, resolvedAt);
    }

    private static Instant instant(java.sql.Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private record Raw(long issueId, Instant at, String field, String from, String to, Long fromId, Long toId,
            boolean fromDone, boolean toDone) {
    }
}
