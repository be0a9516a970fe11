package dev.meridian.training.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records stored per project since the record count last sealed a snapshot; in the database, so restarts keep it. */
@Component
class PendingRecords {

    private final JdbcClient jdbc;

    PendingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code records} and returns the project's new total. */
    long add(String project, long records) {
        return jdbc.sql("""
                insert into dataset_pending_records (project_key, records) values (?, ?)
                on conflict (project_key) do update set records = dataset_pending_records.records + excluded.records, updated_at = now()
                returning records""").params(project, records).query(Long.class).single();
    }

    long of(String project) {
        return jdbc.sql("select records from dataset_pending_records where project_key = ?").param(project).query(Long.class)
                .optional().orElse(0L);
    }

    /** Takes away what a snapshot just sealed; records counted meanwhile stay for the next one. */
    void sealed(String project, long records) {
        jdbc.sql("update dataset_pending_records set records = greatest(records - ?, 0), updated_at = now() where project_key = ?")
                .params(records, project).update();
    }

    /** Projects with at least {@code records} pending: those a restart left unsealed. */
    List<String> atLeast(long records) {
        return jdbc.sql("select project_key from dataset_pending_records where records >= ? order by project_key").param(records)
                .query(String.class).list();
    }
}
