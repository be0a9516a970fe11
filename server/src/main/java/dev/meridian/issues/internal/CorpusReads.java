package dev.meridian.issues.internal;

import dev.meridian.issues.CorpusIssue;
import dev.meridian.issues.IssueCorpus.DuplicatePair;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One query for a whole project's text and triage fields, which the per-issue reads would take thousands for. */
@Component
public class CorpusReads {

    private static final String SELECT = """
            select i.key, p.key as project_key, i.summary, i.description, i.created_at, i.updated_at,
                   t.name as type, pr.name as priority, s.name as status, r.name as resolution, a.display_name as assignee,
                   i.labels[1] as label, i.story_points,
                   (select c.name from issue_components ic join components c on c.id = ic.component_id
                     where ic.issue_id = i.id order by c.name limit 1) as component,
                   (select v.name from issue_versions iv join versions v on v.id = iv.version_id
                     where iv.issue_id = i.id and iv.kind = 'affects' order by v.id limit 1) as affects_version
            from issues i join projects p on p.id = i.project_id join issue_types t on t.id = i.type_id
            join statuses s on s.id = i.status_id left join priorities pr on pr.id = i.priority_id
            left join resolutions r on r.id = i.resolution_id left join users a on a.id = i.assignee_id
            """;

    private final JdbcClient jdbc;

    CorpusReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CorpusIssue> issues(String projectKey) {
        return jdbc.sql(SELECT + " where p.key = ? order by i.created_at, i.id").param(projectKey).query(CorpusReads::issue).list();
    }

    public Optional<CorpusIssue> issue(String key) {
        return jdbc.sql(SELECT + " where i.key = ?").param(key).query(CorpusReads::issue).optional();
    }

    public long changedSince(String projectKey, java.time.Instant since) {
        return jdbc.sql("""
                select count(*) from issues i join projects p on p.id = i.project_id
                where p.key = ? and (cast(? as timestamptz) is null or i.updated_at > ?)""")
                .params(projectKey, since == null ? null : java.sql.Timestamp.from(since), since == null ? null : java.sql.Timestamp.from(since))
                .query(Long.class).single();
    }

    public List<DuplicatePair> duplicates(String projectKey) {
        return jdbc.sql("""
                select s.key as duplicate_key, t.key as original_key from issue_links l
                join link_types lt on lt.id = l.type_id and lt.name = 'Duplicate'
                join issues s on s.id = l.source_id join issues t on t.id = l.target_id
                join projects p on p.id = s.project_id and p.id = t.project_id
                where p.key = ? order by l.id""").param(projectKey).query(DuplicatePair.class).list();
    }

    private static CorpusIssue issue(ResultSet rs, int row) throws SQLException {
        var fields = new LinkedHashMap<String, String>();
        for (var name : List.of("type", "priority", "status", "resolution", "assignee", "label", "component")) {
            put(fields, name, rs.getString(name));
        }
        put(fields, "affectsVersion", rs.getString("affects_version"));
        var points = rs.getBigDecimal("story_points");
        put(fields, "storyPoints", points == null ? null : points.stripTrailingZeros().toPlainString());
        return new CorpusIssue(rs.getString("key"), rs.getString("project_key"), rs.getString("summary"),
                rs.getString("description"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), fields);
    }

    private static void put(java.util.Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }
}
