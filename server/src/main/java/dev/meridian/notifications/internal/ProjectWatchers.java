package dev.meridian.notifications.internal;

import dev.meridian.projects.ProjectMembers;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People watching a whole project, in PostgreSQL. Whether they may still browse it is asked each time they would be
 * told: someone removed from the project stops being told (and is told again if added back, still watching).
 */
@Component
class ProjectWatchers {

    private final JdbcClient jdbc;
    private final ProjectMembers members;

    ProjectWatchers(JdbcClient jdbc, ProjectMembers members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    boolean watching(String projectKey, long userId) {
        return jdbc.sql("select exists (select 1 from project_watchers where project_key = ? and user_id = ?)")
                .params(projectKey, userId).query(Boolean.class).single();
    }

    void watch(String projectKey, long userId) {
        jdbc.sql("insert into project_watchers (project_key, user_id) values (?, ?) on conflict do nothing")
                .params(projectKey, userId).update();
    }

    void unwatch(String projectKey, long userId) {
        jdbc.sql("delete from project_watchers where project_key = ? and user_id = ?").params(projectKey, userId).update();
    }

    /** Those watching the project who may browse it now. */
    List<Long> of(String projectKey) {
        var watching = jdbc.sql("select user_id from project_watchers where project_key = ?").param(projectKey)
                .query(Long.class).list();
        return watching.isEmpty() ? List.of() : members.whoMayBrowse(projectKey, watching);
    }
}
