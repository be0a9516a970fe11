package dev.meridian.events.internal;

import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;

/** An outbox row as read by the relay. */
record OutboxRow(long id, String tx, String eventType, String aggregateType, String aggregateId, String projectKey,
        Long actorId, Instant occurredAt, String payload) {

    /** The queue message: the pipeline's change-event contract, with the outbox id as the event id. */
    String message(JsonMapper json) {
        var node = json.createObjectNode();
        node.put("eventId", id);
        node.put("type", eventType);
        node.put("aggregateType", aggregateType);
        node.put("aggregateId", aggregateId);
        node.put("projectKey", projectKey);
        if (actorId != null) {
            node.put("actorId", actorId);
        }
        node.put("occurredAt", occurredAt.toString());
        node.set("payload", json.readTree(payload));
        return json.writeValueAsString(node);
    }
}
