package dev.meridian.events.internal;

import dev.meridian.events.Outbox.Notice;
import dev.meridian.events.Outbox.Position;
import dev.meridian.events.Outbox.Recorded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads committed outbox rows after a position, in commit order, with the same rule as the relay: never skip a row. */
@Component
public class OutboxTail {

    private static final String AFTER = """
            select o.id, o.tx_id::text as tx, o.event_type, o.aggregate_type, o.aggregate_id, o.project_key, o.actor_id,
                   o.occurred_at, case when jsonb_typeof(o.payload -> 'version') = 'number' then (o.payload ->> 'version')::int end as version,
                   array_remove(array[o.payload ->> 'issueKey', o.payload ->> 'outwardKey', o.payload ->> 'inwardKey'], null) as issue_keys,
                   case when jsonb_typeof(o.payload -> 'recipientId') = 'number' then (o.payload ->> 'recipientId')::bigint end as recipient_id%s
            from outbox o %s
            where (o.tx_id, o.id) > (cast(? as xid8), ?) and o.tx_id < pg_snapshot_xmin(pg_current_snapshot())
            order by o.tx_id, o.id limit ?""";

    private final JdbcClient jdbc;

    OutboxTail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The position just behind every transaction still running: reading after it later misses nothing. */
    public Position head() {
        return jdbc.sql("""
                select coalesce(max(tx_id)::text, '0') as tx, coalesce(max(id), 0) as id from outbox
                where tx_id < pg_snapshot_xmin(pg_current_snapshot())""").query(Position.class).single();
    }

    public Optional<Position> at(long eventId) {
        return jdbc.sql("select tx_id::text as tx, id from outbox where id = ?").param(eventId).query(Position.class).optional();
    }

    public List<Notice> after(Position position, int limit) {
        return jdbc.sql(AFTER.formatted("", "")).params(position.tx(), position.id(), limit)
                .query((rs, i) -> notice(rs)).list();
    }

    /** As {@link #after}, with each event's after-image and, for an update, the image of the aggregate's event before. */
    public List<Recorded> recordedAfter(Position position, int limit) {
        return jdbc.sql(AFTER.formatted(", o.payload::text as payload, b.payload::text as before", """
                left join lateral (select p.payload from outbox p where o.event_type like '%.updated'
                    and p.aggregate_type = o.aggregate_type and p.aggregate_id = o.aggregate_id and p.id < o.id
                    order by p.id desc limit 1) b on true"""))
                .params(position.tx(), position.id(), limit)
                .query((rs, i) -> new Recorded(notice(rs), rs.getString("payload"), rs.getString("before"))).list();
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        return new Notice(new Position(rs.getString("tx"), rs.getLong("id")), rs.getString("event_type"),
                rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getString("project_key"),
                (Long) rs.getObject("actor_id"), rs.getTimestamp("occurred_at").toInstant(), (Integer) rs.getObject("version"),
                List.of((String[]) rs.getArray("issue_keys").getArray()), (Long) rs.getObject("recipient_id"));
    }

    public List<Long> reserveIds(int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('outbox', 'id')) from generate_series(1, ?)").param(count)
                .query(Long.class).list();
    }
}
