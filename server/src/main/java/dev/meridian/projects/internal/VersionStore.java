package dev.meridian.projects.internal;

import dev.meridian.projects.ProjectScheme.Version;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a project's versions; they are read with the rest of its scheme. */
@Component
public class VersionStore {

    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long projectId, Version v) {
        jdbc.sql("""
                insert into versions (project_id, name, description, released, start_date, release_date, archived)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, v.name(), v.description(), v.released(), v.startDate(), v.releaseDate(), v.archived()).update();
    }

    public void update(Version v) {
        jdbc.sql("""
                update versions set name = ?, description = ?, released = ?, start_date = ?, release_date = ?, archived = ?
                where id = ?""")
                .params(v.name(), v.description(), v.released(), v.startDate(), v.releaseDate(), v.archived(), v.id()).update();
    }

    /** How many issues have the version, as fix or affects version, which a deletion would silently take it from. */
    public long uses(long versionId) {
        return jdbc.sql("select count(distinct issue_id) from issue_versions where version_id = ?").param(versionId)
                .query(Long.class).single();
    }

    public void delete(long versionId) {
        jdbc.sql("delete from versions where id = ?").param(versionId).update();
    }
}
