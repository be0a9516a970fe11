package dev.meridian.events;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The one way to emit an event: append it to the outbox inside the transaction of the change. */
@Service
public class ChangeEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChangeEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Fails when called outside a transaction: an event without its change, or a change without its event, is a bug. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ChangeEvent event) {
        jdbc.sql("""
                insert into outbox (aggregate_type, aggregate_id, event_type, project_key, actor_id, payload)
                values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(event.aggregateType(), event.aggregateId(), event.type(), event.projectKey(), event.actorId(),
                        json.writeValueAsString(event.afterImage()))
                .update();
    }
}
