package dev.meridian.projects;

import java.util.Locale;
import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may do what in a project. A project the caller is not a member of does not exist for them (404), a viewer
 * who tries to change something is refused (403). Site administrators act as project admins everywhere.
 */
@Service
public class ProjectAccess {

    private final JdbcClient jdbc;

    ProjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProjectRef browse(String key, CurrentUser user) {
        return find("p.key = ?", key.trim().toUpperCase(Locale.ROOT), user)
                .orElseThrow(() -> new NotFoundException("Project", key));
    }

    public ProjectRef browse(long projectId, CurrentUser user) {
        return find("p.id = ?", projectId, user).orElseThrow(() -> new NotFoundException("Project", projectId));
    }

    public ProjectRef edit(String key, CurrentUser user) {
        return requireEdit(browse(key, user));
    }

    public ProjectRef administer(String key, CurrentUser user) {
        return requireAdmin(browse(key, user));
    }

    public ProjectRef requireEdit(ProjectRef project) {
        if (!project.callerRole().canEdit()) {
            throw new ForbiddenException("Viewers of " + project.key() + " cannot change it; ask a project admin for the member role");
        }
        return project;
    }

    public ProjectRef requireAdmin(ProjectRef project) {
        if (!project.callerRole().canAdminister()) {
            throw new ForbiddenException("Only admins of " + project.key() + " can do this");
        }
        return project;
    }

    /** The user's role in the project, empty when not a member; members and admins can be assigned work, viewers not. */
    public Optional<Role> roleOf(long projectId, long userId) {
        return jdbc.sql("select role from project_members where project_id = ? and user_id = ?")
                .params(projectId, userId).query(String.class).optional().map(Role::parse);
    }

    /** Every project the caller can see, with their role in it. */
    public List<ProjectRef> browsable(CurrentUser user) {
        return jdbc.sql("""
                select p.id, p.key, p.name, coalesce(case when ? then 'admin' end, m.role) as role
                from projects p left join project_members m on m.project_id = p.id and m.user_id = ?
                where ? or m.role is not null order by p.key""")
                .params(user.siteAdmin(), user.id(), user.siteAdmin())
                .query((rs, i) -> new ProjectRef(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                        Role.parse(rs.getString("role"))))
                .list();
    }

    private Optional<ProjectRef> find(String where, Object id, CurrentUser user) {
        return jdbc.sql("""
                select p.id, p.key, p.name, coalesce(case when ? then 'admin' end, m.role) as role
                from projects p left join project_members m on m.project_id = p.id and m.user_id = ?
                where %s and (? or m.role is not null)""".formatted(where))
                .params(user.siteAdmin(), user.id(), id, user.siteAdmin())
                .query((rs, i) -> new ProjectRef(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                        Role.parse(rs.getString("role"))))
                .optional();
    }
}
