package dev.meridian.issues.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which issues have a version, and how far a project's versions are, in SQL. */
@Component
public class VersionIssues {

    /** Issues fixed in a version, by status category, those of them without a resolution, and those it affects. */
    public record Counts(long toDo, long inProgress, long done, long unresolved, long affected) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    private final JdbcClient jdbc;

    VersionIssues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By version id, for every version of the project that some issue has. */
    public Map<Long, Counts> progress(long projectId) {
        var counts = new HashMap<Long, Counts>();
        jdbc.sql("""
                select iv.version_id,
                       count(*) filter (where iv.kind = 'fix' and s.category = 'new') as to_do,
                       count(*) filter (where iv.kind = 'fix' and s.category = 'indeterminate') as in_progress,
                       count(*) filter (where iv.kind = 'fix' and s.category = 'done') as done,
                       count(*) filter (where iv.kind = 'fix' and i.resolution_id is null) as unresolved,
                       count(*) filter (where iv.kind = 'affects') as affected
                from issue_versions iv
                join versions v on v.id = iv.version_id
                join issues i on i.id = iv.issue_id
                join statuses s on s.id = i.status_id
                where v.project_id = ?
                group by iv.version_id""").param(projectId)
                .query(rs -> {
                    counts.put(rs.getLong("version_id"), new Counts(rs.getLong("to_do"), rs.getLong("in_progress"),
                            rs.getLong("done"), rs.getLong("unresolved"), rs.getLong("affected")));
                });
        return counts;
    }

    /** The keys of the unresolved issues fixed in the version, oldest first. */
    public List<String> unresolvedFixedIn(long versionId) {
        return jdbc.sql("""
                select i.key from issue_versions iv join issues i on i.id = iv.issue_id
                where iv.version_id = ? and iv.kind = 'fix' and i.resolution_id is null order by i.id""")
                .param(versionId).query(String.class).list();
    }

    /** The keys of the issues that have the version, as fix or affects version, oldest first. */
    public List<String> having(long versionId) {
        return jdbc.sql("""
                select i.key from issues i where exists (select 1 from issue_versions iv where iv.issue_id = i.id and iv.version_id = ?)
                order by i.id""").param(versionId).query(String.class).list();
    }
}
