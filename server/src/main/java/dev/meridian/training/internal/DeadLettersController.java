package dev.meridian.training.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.pipeline.queue.DeadLetter;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.Page;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dead-letter queue, for site admins: messages the worker failed on {@code maxReceiveCount} times. Look at them,
 * send them back to the changes queue (after fixing the cause), or discard them. Works on either queue adapter.
 */
@RestController
class DeadLettersController {

    private static final int MAX_BODY = 4_000;

    private final Queue queue;
    private final JsonMapper json;

    DeadLettersController(Queue queue, JsonMapper json) {
        this.queue = queue;
        this.json = json;
    }

    @GetMapping("/api/v1/pipeline/dead-letters")
    Page<DeadLetterView> list(@RequestParam(defaultValue = "50") int limit, CurrentUser user) {
        siteAdmin(user);
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        var items = queue.peekDeadLetters(limit).stream().map(this::view).toList();
        return new Page<>(0, items.size(), queue.stats().deadLetters(), items);
    }

    @PostMapping("/api/v1/pipeline/dead-letters/redrive")
    Map<String, Integer> redrive(@RequestParam(defaultValue = "1000") int max, CurrentUser user) {
        siteAdmin(user);
        if (max < 1 || max > 100_000) {
            throw new InvalidInputException("max", "must be between 1 and 100000");
        }
        return Map.of("redriven", queue.redriveDeadLetters(max));
    }

    /** {@code discarded} is false when no dead letter has this id (any more). */
    @DeleteMapping("/api/v1/pipeline/dead-letters/{id}")
    Map<String, Boolean> discard(@PathVariable String id, CurrentUser user) {
        siteAdmin(user);
        return Map.of("discarded", queue.discardDeadLetter(id));
    }

    private static void siteAdmin(CurrentUser user) {
        if (!user.siteAdmin()) {
            throw new ForbiddenException("Only site administrators can handle the pipeline's dead letters");
        }
    }

    /** The body as sent, cut to a readable size, with the change event's names read from it when it is one. */
    private DeadLetterView view(DeadLetter letter) {
        JsonNode event = null;
        try {
            event = json.readTree(letter.body());
        } catch (RuntimeException notJson) {
            // shown as text: a message that is not JSON is exactly what an admin needs to see
        }
        String body = letter.body().length() > MAX_BODY ? letter.body().substring(0, MAX_BODY) + "…" : letter.body();
        return new DeadLetterView(letter.id(), letter.sentAt(), text(event, "type"), text(event, "projectKey"),
                text(event, "aggregateId"), event != null && event.path("eventId").isNumber() ? event.get("eventId").asLong() : null, body);
    }

    private static String text(JsonNode event, String field) {
        return event != null && event.path(field).isString() ? event.get(field).asString() : null;
    }

    record DeadLetterView(String id, Instant sentAt, String type, String projectKey, String aggregateId, Long eventId, String body) {
    }
}
