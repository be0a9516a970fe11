package dev.meridian.events.internal;

import dev.meridian.pipeline.queue.Queue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes outbox rows to the queue, at least once and in the order their transactions made them. It reads only
 * rows of transactions older than the oldest one still running, so a row committed later can never land behind the
 * cursor; a crash between sending and moving the cursor sends a row twice (the worker is idempotent by event id),
 * never loses it.
 */
@Component
class OutboxRelay {

    static final String CURSOR = "queue";

    private final JdbcClient jdbc;
    private final Queue queue;
    private final JsonMapper json;

    OutboxRelay(JdbcClient jdbc, Queue queue, JsonMapper json) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.json = json;
    }

    void ensureCursor() {
        jdbc.sql("insert into outbox_cursors (name, last_tx, last_id) values (?, '0', 0) on conflict do nothing").param(CURSOR).update();
    }

    /** Sends the next rows, at most {@code limit}; returns how many it sent. */
    int publishNext(int limit) {
        var rows = jdbc.sql("""
                select o.id, o.tx_id::text as tx, o.event_type, o.aggregate_type, o.aggregate_id, o.project_key, o.actor_id,
                       o.occurred_at, o.payload::text as payload
                from outbox o join outbox_cursors c on c.name = ?
                where (o.tx_id, o.id) > (c.last_tx, c.last_id) and o.tx_id < pg_snapshot_xmin(pg_current_snapshot())
                order by o.tx_id, o.id limit ?""")
                .params(CURSOR, limit).query(OutboxRow.class).list();
        if (!rows.isEmpty()) {
            List<String> bodies = new ArrayList<>(rows.size());
            rows.forEach(row -> bodies.add(row.message(json)));
            queue.sendAll(bodies);
        }
        if (!rows.isEmpty()) {
            var last = rows.get(rows.size() - 1);
            jdbc.sql("update outbox_cursors set last_tx = cast(? as xid8), last_id = ? where name = ?")
                    .params(last.tx(), last.id(), CURSOR).update();
        }
        return rows.size();
    }

    /** Rows not yet on the queue, and the age in seconds of the oldest, for operations. */
    Backlog backlog() {
        return jdbc.sql("""
                select count(*) as events, coalesce(extract(epoch from now() - min(o.occurred_at)), 0) as oldest_seconds
                from outbox o join outbox_cursors c on c.name = ? where (o.tx_id, o.id) > (c.last_tx, c.last_id)""")
                .param(CURSOR).query(Backlog.class).single();
    }

    record Backlog(long events, double oldestSeconds) {
    }
}
