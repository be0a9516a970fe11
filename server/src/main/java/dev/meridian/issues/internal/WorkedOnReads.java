package dev.meridian.issues.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own recent doings on issues (creating, editing, commenting, logging work), latest per issue, in SQL. */
@Component
public class WorkedOnReads {

    /** The last thing done to one issue; {@code field}: for an edit the field changed, for a move the key it had. */
    public record Done(long issueId, String did, String field, Instant at) {
    }

    private final JdbcClient jdbc;

    WorkedOnReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Newest first, at most {@code limit} issues of the given projects. Logging work also writes the time spent to the
     * history at the same instant: on a tie the work logged (then a comment, the creation, a move) says what was done. A
     * move writes its project, key and the fields it drops at one instant: its key says it was moved, and from where.
     */
    public List<Done> latest(long userId, List<Long> projectIds, Instant since, int limit) {
        return jdbc.sql("""
                with mine as (
                    select id as issue_id, 'created' as did, null as field, created_at as at, 3 as weight
                    from issues where creator_id = :me and created_at >= :since
                    union all
                    select issue_id, 'edited', field, at, 1 from issue_changes where actor_id = :me and at >= :since and field <> 'key'
                    union all
                    select issue_id, 'moved', from_value, at, 2 from issue_changes where actor_id = :me and at >= :since and field = 'key'
                    union all
                    select issue_id, 'commented', null, updated_at, 4 from comments where author_id = :me and updated_at >= :since
                    union all
                    select issue_id, 'loggedWork', null, updated_at, 5 from worklogs where author_id = :me and updated_at >= :since
                ), latest as (
                    select distinct on (m.issue_id) m.issue_id, m.did, m.field, m.at
                    from mine m join issues i on i.id = m.issue_id
                    where i.project_id = any(:projects)
                    order by m.issue_id, m.at desc, m.weight desc
                )
                select issue_id, did, field, at from latest order by at desc, issue_id desc limit :limit""")
                .param("me", userId)
                .param("since", IssueRows.ts(since))
                .param("projects", projectIds.toArray(Long[]::new))
                .param("limit", limit)
                .query((rs, n) -> new Done(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
