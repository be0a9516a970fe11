package dev.meridian.events.internal;

import java.io.StringWriter;
import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;

/** An outbox row as read by the relay. */
record OutboxRow(long id, String tx, String eventType, String aggregateType, String aggregateId, String projectKey,
        Long actorId, Instant occurredAt, String payload) {

    /**
     * The queue message: the pipeline's change-event contract, with the outbox id as the event id. The payload is
     * PostgreSQL's own rendering of a jsonb value, so it goes in as it is, without being parsed and written again.
     */
    String message(JsonMapper json) {
        var out = new StringWriter(payload.length() + 256);
        try (var generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeNumberProperty("eventId", id);
            generator.writeStringProperty("type", eventType);
            generator.writeStringProperty("aggregateType", aggregateType);
            generator.writeStringProperty("aggregateId", aggregateId);
            generator.writeStringProperty("projectKey", projectKey);
            if (actorId != null) {
                generator.writeNumberProperty("actorId", actorId);
            }
            generator.writeStringProperty("occurredAt", occurredAt.toString());
            generator.writeName("payload");
            generator.writeRawValue(payload);
            generator.writeEndObject();
        }
        return out.toString();
    }
}
