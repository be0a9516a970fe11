package dev.meridian.projects;

import dev.meridian.projects.internal.ProjectStore;
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

    /** Everyone with a role in the project, viewers included; empty for an unknown project. */
    public List<Member> of(String projectKey) {
        return jdbc.sql("select id from projects where key = ?").param(projectKey).query(Long.class).optional()
                .map(store::members).orElse(List.of());
    }
}
