package dev.meridian.projects;

import dev.meridian.projects.internal.ProjectStore;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A project's members for background jobs (training maps the pseudonyms of its dataset back to them). No caller is
 * checked here: the jobs' starters were checked when they started them.
 */
@Service
public class ProjectMembers {

    private final JdbcClient jdbc;
    private final ProjectStore store;

    ProjectMembers(JdbcClient jdbc, ProjectStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Of these people, those who may browse the project now: its active members, viewers included, and site admins. */
    public List<Long> whoMayBrowse(String projectKey, Collection<Long> userIds) {
        return jdbc.sql("""
                select u.id from users u where u.id = any(?) and u.active and (u.site_admin or exists (
                    select 1 from project_members m join projects p on p.id = m.project_id where p.key = ? and m.user_id = u.id))
                order by u.id""")
                .params(userIds.toArray(Long[]::new), projectKey).query(Long.class).list();
    }

    /** Everyone with a role in the project, viewers included; empty for an unknown project. */
    public List<Member> of(String projectKey) {
        return jdbc.sql("select id from projects where key = ?").param(projectKey).query(Long.class).optional()
                .map(store::members).orElse(List.of());
    }
}
