package dev.meridian.search.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names to ids, seen through the caller's projects: a status, version or issue that lives only in projects the
 * caller cannot browse does not exist for them. Table names come from this class, never from the query.
 */
final class Vocabulary {

    enum Named {
        TYPE("issue_types"), STATUS("statuses"), PRIORITY("priorities"), RESOLUTION("resolutions"), COMPONENT("components"),
        VERSION("versions");

        final String table;

        Named(String table) {
            this.table = table;
        }
    }

    record IssueRef(long id, long projectId, int number) {
    }

    private final JdbcClient jdbc;
    private final Long[] projectIds;
    private final Vocabulary visible;

    /** Names looked up in all the caller's projects. */
    Vocabulary(JdbcClient jdbc, List<Long> projectIds) {
        this(jdbc, projectIds, null);
    }

    private Vocabulary(JdbcClient jdbc, List<Long> projectIds, Vocabulary visible) {
        this.jdbc = jdbc;
        this.projectIds = projectIds.toArray(Long[]::new);
        this.visible = visible;
    }

    /** Names looked up in fewer projects; {@link #visible()} still knows every name the caller may use. */
    Vocabulary narrowedTo(List<Long> scope) {
        return new Vocabulary(jdbc, scope, this);
    }

    /** A word at its position in a text, as PostgreSQL stores the text's words ('english' stemming, stop words skipped). */
    record Lexeme(String lexeme, int position) {
    }

    /** The words of {@code text} in order of position, as {@code to_tsvector('english', text)} holds them. */
    List<Lexeme> lexemes(String text) {
        return jdbc.sql("select u.lexeme, p from unnest(to_tsvector('english', ?)) u, unnest(u.positions) p order by p, u.lexeme")
                .params(text).query((rs, i) -> new Lexeme(rs.getString(1), rs.getInt(2))).list();
    }

    Vocabulary visible() {
        return visible == null ? this : visible;
    }

    Long[] projectIds() {
        return projectIds;
    }

    List<Long> named(Named kind, String name) {
        return jdbc.sql("select id from " + kind.table + " where project_id = any(?) and lower(name) = lower(?)")
                .params(projectIds, name.trim()).query(Long.class).list();
    }

    List<Long> statusesInCategory(String category) {
        return jdbc.sql("select id from statuses where project_id = any(?) and category = ?")
                .params(projectIds, category).query(Long.class).list();
    }

    /** Priorities ranked against a named one, project by project: {@code comparison} is one of < <= > >=. */
    List<Long> prioritiesRanked(String name, String comparison) {
        // A higher priority has a lower position, so "priority > Major" means position < Major's position.
        var flipped = switch (comparison) {
            case ">" -> "<";
            case ">=" -> "<=";
            case "<" -> ">";
            default -> ">=";
        };
        return jdbc.sql("""
                select p.id from priorities p join priorities m on m.project_id = p.project_id and lower(m.name) = lower(?)
                where p.project_id = any(?) and p.position %s m.position""".formatted(flipped))
                .params(name.trim(), projectIds).query(Long.class).list();
    }

    /** Sprints of the caller's projects by id or name (sprints live in the planning module's tables). */
    List<Long> sprints(String idOrName) {
        return jdbc.sql("select id from sprints where project_id = any(?) and (id::text = ? or lower(name) = lower(?))")
                .params(projectIds, idOrName.trim(), idOrName.trim()).query(Long.class).list();
    }

    List<Long> sprintsIn(String state) {
        return jdbc.sql("select id from sprints where project_id = any(?) and state = ?").params(projectIds, state)
                .query(Long.class).list();
    }

    List<Long> users(String emailOrName) {
        return jdbc.sql("select id from users where lower(email) = lower(?) or lower(display_name) = lower(?)")
                .params(emailOrName.trim(), emailOrName.trim()).query(Long.class).list();
    }

    List<Long> projects(String keyNameOrId) {
        var text = keyNameOrId.trim();
        return jdbc.sql("""
                select id from projects where id = any(?)
                and (key = upper(?) or lower(name) = lower(?) or id::text = ?)""")
                .params(projectIds, text, text, text).query(Long.class).list();
    }

    List<IssueRef> issue(String key) {
        return jdbc.sql("select id, project_id, number from issues where id = meridian_issue_id(upper(?)) and project_id = any(?)")
                .params(key.trim(), projectIds).query(IssueRef.class).list();
    }

    /** Members of a project the caller can browse, all of them or those with one role. */
    List<Long> members(String projectKey, String role) {
        return jdbc.sql("""
                select m.user_id from project_members m join projects p on p.id = m.project_id
                where p.id = any(?) and p.key = upper(?) and (cast(? as text) is null or m.role = ?)""")
                .params(projectIds, projectKey.trim(), role, role).query(Long.class).list();
    }

    boolean projectExists(String projectKey) {
        return !jdbc.sql("select id from projects where id = any(?) and key = upper(?)")
                .params(projectIds, projectKey.trim()).query(Long.class).list().isEmpty();
    }

    List<Long> versions(boolean released, String projectKey) {
        return jdbc.sql("""
                select v.id from versions v join projects p on p.id = v.project_id
                where p.id = any(?) and v.released = ? and (cast(? as text) is null or p.key = upper(?))""")
                .params(projectIds, released, projectKey, projectKey).query(Long.class).list();
    }

    /**
     * Issues linked to one issue, by any link or by one kind: a link description names one direction ("blocks",
     * "is blocked by"), a link type name both ("Blocks"). Written exactly, a description wins; otherwise the type
     * name does; otherwise a description in any case.
     */
    List<Long> linkedIssues(long issueId, String linkType) {
        String outward = null;
        String inward = null;
        if (linkType != null) {
            if (count("outward = ? or inward = ?", linkType) > 0) {
                outward = "t.outward = ?";
                inward = "t.inward = ?";
            } else if (count("lower(name) = lower(?) or lower(name) = lower(?)", linkType) > 0) {
                outward = "lower(t.name) = lower(?)";
                inward = outward;
            } else {
                outward = "lower(t.outward) = lower(?)";
                inward = "lower(t.inward) = lower(?)";
            }
        }
        var sql = "select l.target_id from issue_links l join link_types t on t.id = l.type_id where l.source_id = ?"
                + (outward == null ? "" : " and " + outward)
                + " union select l.source_id from issue_links l join link_types t on t.id = l.type_id where l.target_id = ?"
                + (inward == null ? "" : " and " + inward);
        var params = new java.util.ArrayList<Object>();
        params.add(issueId);
        if (outward != null) {
            params.add(linkType);
        }
        params.add(issueId);
        if (inward != null) {
            params.add(linkType);
        }
        return jdbc.sql(sql).params(params).query(Long.class).list();
    }

    /** How many link types match a condition that takes the same text twice; conditions are this class's constants. */
    private long count(String condition, String text) {
        return jdbc.sql("select count(*) from link_types where " + condition).params(text, text).query(Long.class).single();
    }

    boolean linkTypeExists(String linkType) {
        return jdbc.sql("""
                select exists (select 1 from link_types where lower(name) = lower(?) or lower(outward) = lower(?)
                or lower(inward) = lower(?))""").params(linkType, linkType, linkType).query(Boolean.class).single();
    }
}
