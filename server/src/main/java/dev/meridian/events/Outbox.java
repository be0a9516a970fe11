package dev.meridian.events;

import dev.meridian.events.internal.RelayStatus;
import org.springframework.stereotype.Service;

/** How far the relay is behind the outbox, for operations pages and metrics. */
@Service
public class Outbox {

    private final RelayStatus relay;

    Outbox(RelayStatus relay) {
        this.relay = relay;
    }

    public Backlog backlog() {
        return relay.backlog();
    }

    /** Events written but not yet on the queue, and the age of the oldest of them. */
    public record Backlog(long events, double oldestSeconds) {
    }
}
