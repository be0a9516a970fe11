package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.Lexicon.Named;
import dev.meridian.assistant.internal.Lexicon.Person;
import dev.meridian.assistant.internal.Lexicon.Project;
import dev.meridian.identity.CurrentUser;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the lexicon of the projects a user may browse: names only, never issue text. */
@Component
class LexiconReader {

    private final JdbcClient jdbc;
    private final ProjectAccess access;

    LexiconReader(JdbcClient jdbc, ProjectAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    Lexicon read(CurrentUser user) {
        var refs = access.browsable(user);
        return read(refs.stream().map(ProjectRef::id).toArray(Long[]::new), refs.stream().map(p -> new Project(p.key(), p.name())).toList());
    }

    /** One project's words, whoever asks: for training its question-intent model (names only, as above). */
    Lexicon ofProject(String projectKey) {
        var projects = jdbc.sql("select id, key, name from projects where key = ?").param(projectKey)
                .query((rs, i) -> new ProjectRef(rs.getLong(1), rs.getString(2), rs.getString(3), null)).list();
        return read(projects.stream().map(ProjectRef::id).toArray(Long[]::new), projects.stream().map(p -> new Project(p.key(), p.name())).toList());
    }

    private Lexicon read(Long[] ids, List<Project> projects) {
        return new Lexicon(projects,
                jdbc.sql("select name, min(category) from statuses where project_id = any(?) group by name order by min(position)")
                        .param(ids).query((rs, i) -> new Named(rs.getString(1), rs.getString(2))).list(),
                names("select name from issue_types where project_id = any(?) group by name order by min(position)", ids),
                names("select name from priorities where project_id = any(?) group by name order by avg(position)", ids),
                names("select name from resolutions where project_id = any(?) group by name order by min(position)", ids),
                names("select name from components where project_id = any(?) group by name order by name", ids),
                names("select name from versions where project_id = any(?) group by name order by name", ids),
                // The newest issues' labels: enough to know the words people use, cheap on a large project.
                names("""
                        select distinct l from (select labels from issues where project_id = any(?) order by id desc limit 5000) x,
                        unnest(x.labels) l""", ids),
                jdbc.sql("""
                        select u.email, u.display_name from users u where u.active and exists
                        (select 1 from project_members m where m.user_id = u.id and m.project_id = any(?)) order by u.display_name""")
                        .param(ids).query((rs, i) -> new Person(rs.getString(1), rs.getString(2))).list());
    }

    private List<String> names(String sql, Long[] ids) {
        return jdbc.sql(sql).param(ids).query(String.class).list();
    }
}
