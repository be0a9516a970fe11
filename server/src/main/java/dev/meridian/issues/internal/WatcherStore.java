package dev.meridian.issues.internal;

import dev.meridian.identity.UserRef;
import java.util.List;
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

    public List<UserRef> list(long issueId) {
        return jdbc.sql("select u.id, u.email, u.display_name from watchers w join users u on u.id = w.user_id where w.issue_id = ? order by u.display_name")
                .param(issueId).query(UserRef.class).list();
    }
}
