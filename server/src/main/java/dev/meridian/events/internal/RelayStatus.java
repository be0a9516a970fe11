package dev.meridian.events.internal;

import dev.meridian.events.Outbox;
import org.springframework.stereotype.Component;

@Component
public class RelayStatus {

    private final OutboxRelay relay;

    RelayStatus(OutboxRelay relay) {
        this.relay = relay;
    }

    public Outbox.Backlog backlog() {
        var b = relay.backlog();
        return new Outbox.Backlog(b.events(), b.oldestSeconds());
    }
}
