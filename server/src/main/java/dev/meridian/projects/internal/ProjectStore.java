package dev.meridian.projects.internal;

import dev.meridian.identity.UserRef;
import dev.meridian.projects.Member;
import dev.meridian.projects.NewProject;
import dev.meridian.projects.ProjectUpdate;
import dev.meridian.projects.ProjectView;
import dev.meridian.projects.Role;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class ProjectStore {

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String key) {
        return jdbc.sql("select exists (select 1 from projects where key = ?)").param(key).query(Boolean.class).single();
    }

    public long insert(NewProject project, long leadId) {
        return jdbc.sql("insert into projects (key, name, description, lead_id) values (?, ?, ?, ?) returning id")
                .params(project.key(), project.name().trim(), project.description(), leadId).query(Long.class).single();
    }

    public ProjectView view(long id, Role callerRole) {
        return jdbc.sql("""
                select p.id, p.key, p.name, p.description, p.ai_training_enabled, p.created_at, p.updated_at, p.version,
                       u.id as lead_id, u.email as lead_email, u.display_name as lead_name
                from projects p left join users u on u.id = p.lead_id where p.id = ?""")
                .param(id)
                .query((rs, i) -> new ProjectView(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                        rs.getString("description"),
                        rs.getObject("lead_id") == null ? null
                                : new UserRef(rs.getLong("lead_id"), rs.getString("lead_email"), rs.getString("lead_name")),
                        rs.getBoolean("ai_training_enabled"), callerRole, rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(), rs.getInt("version")))
                .single();
    }

    public void update(long id, ProjectUpdate update, Long leadId) {
        jdbc.sql("""
                update projects set name = coalesce(?, name), description = coalesce(nullif(?, '__keep__'), description),
                    lead_id = coalesce(?, lead_id), ai_training_enabled = coalesce(?, ai_training_enabled),
                    updated_at = now(), version = version + 1
                where id = ?""")
                .params(update.name() == null ? null : update.name().trim(),
                        update.description() == null ? "__keep__" : update.description(), leadId, update.aiTrainingEnabled(), id)
                .update();
    }

    public void setMember(long projectId, long userId, Role role) {
        jdbc.sql("insert into project_members (project_id, user_id, role) values (?, ?, ?) on conflict (project_id, user_id) do update set role = excluded.role")
                .params(projectId, userId, role.wire()).update();
    }

    public void removeMember(long projectId, long userId) {
        jdbc.sql("delete from project_members where project_id = ? and user_id = ?").params(projectId, userId).update();
    }

    public List<Member> members(long projectId) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, m.role from project_members m join users u on u.id = m.user_id
                where m.project_id = ? order by u.display_name""")
                .param(projectId)
                .query((rs, i) -> new Member(new UserRef(rs.getLong(1), rs.getString(2), rs.getString(3)), Role.parse(rs.getString(4))))
                .list();
    }
}
