package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.issues.IssuePeople;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class WatcherStore {

    private final JdbcClient jdbc;

    WatcherStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the user was not watching before. */
    public boolean watch(long issueId, long userId) {
        return jdbc.sql("insert into watchers (issue_id, user_id) values (?, ?) on conflict do nothing").params(issueId, userId).update() > 0;
    }

    public boolean unwatch(long issueId, long userId) {
        return jdbc.sql("delete from watchers where issue_id = ? and user_id = ?").params(issueId, userId).update() > 0;
    }

    public List<Long> ids(long issueId) {
        return jdbc.sql("select user_id from watchers where issue_id = ? order by user_id").param(issueId).query(Long.class).list();
    }

    public List<UserRef> list(long issueId) {
        return jdbc.sql("select u.id, u.email, u.display_name from watchers w join users u on u.id = w.user_id where w.issue_id = ? order by u.display_name")
                .param(issueId).query(UserRef.class).list();
    }

    /** The issue's summary, assignee, reporter and watchers by user id (by its key or one it had); empty for an unknown issue. */
    public Optional<IssuePeople> people(String issueKey) {
        return jdbc.sql("""
                select i.key, i.summary, i.assignee_id, i.reporter_id,
                       array(select w.user_id from watchers w where w.issue_id = i.id order by w.user_id) as watcher_ids
                from issues i where i.id = meridian_issue_id(?)""")
                .param(issueKey)
                .query((rs, n) -> new IssuePeople(rs.getString("key"), rs.getString("summary"), (Long) rs.getObject("assignee_id"),
                        (Long) rs.getObject("reporter_id"), List.of((Long[]) rs.getArray("watcher_ids").getArray())))
                .optional();
    }
}
