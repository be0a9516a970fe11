package dev.meridian.planning.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.planning.Card;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cards for issue ids in one query, in rank order; the epic is the parent, or for a sub-task the parent's parent. */
@Component
public class Cards {

    private final JdbcClient jdbc;

    Cards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Card> of(List<Long> ids) {
        return of(ids, true);
    }

    /** As a board shows them: epics stay off boards (as in Jira), their issues are grouped under them instead. */
    public List<Card> onBoard(List<Long> ids) {
        return of(ids, false);
    }

    private List<Card> of(List<Long> ids, boolean epics) {
        return jdbc.sql("""
                select i.id, i.key, i.summary, t.name as type, t.level = -1 as subtask, s.name as status, s.category,
                       p.name as priority, u.id as user_id, u.email, u.display_name, i.story_points,
                       st.points as subtask_points,
                       coalesce(case when pt.level = 1 then par.key end, case when gt.level = 1 then gp.key end) as epic_key,
                       coalesce(case when pt.level = 1 then par.summary end, case when gt.level = 1 then gp.summary end) as epic_summary,
                       par.key as parent_key, i.rank,
                       coalesce(i.remaining_estimate_seconds, i.original_estimate_seconds) as estimate_seconds
                from issues i join issue_types t on t.id = i.type_id join statuses s on s.id = i.status_id
                left join priorities p on p.id = i.priority_id left join users u on u.id = i.assignee_id
                left join issues par on par.id = i.parent_id left join issue_types pt on pt.id = par.type_id
                left join issues gp on gp.id = par.parent_id left join issue_types gt on gt.id = gp.type_id
                left join (select parent_id, sum(story_points) as points from issues where parent_id = any(?) group by parent_id) st
                       on st.parent_id = i.id
                where i.id = any(?) and (? or t.level <> 1) order by i.rank""")
                .params(ids.toArray(Long[]::new), ids.toArray(Long[]::new), epics)
                .query((rs, n) -> new Card(rs.getLong("id"), rs.getString("key"), rs.getString("summary"), rs.getString("type"),
                        rs.getBoolean("subtask"), rs.getString("status"), rs.getString("category"), rs.getString("priority"),
                        rs.getObject("user_id") == null ? null
                                : new UserRef(rs.getLong("user_id"), rs.getString("email"), rs.getString("display_name")),
                        rs.getBigDecimal("story_points"), rs.getBigDecimal("subtask_points"), rs.getString("epic_key"),
                        rs.getString("epic_summary"), rs.getString("parent_key"), rs.getString("rank"),
                        rs.getObject("estimate_seconds", Long.class)))
                .list();
    }
}
