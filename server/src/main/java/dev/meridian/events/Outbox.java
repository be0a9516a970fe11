package dev.meridian.events;

import dev.meridian.events.internal.OutboxTail;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.meridian.events.internal.RelayStatus;
import org.springframework.stereotype.Service;

/** The outbox seen from outside: how far the relay is behind, and the committed events for live screens. */
@Service
public class Outbox {

    private final RelayStatus relay;
    private final OutboxTail tail;

    Outbox(RelayStatus relay, OutboxTail tail) {
        this.relay = relay;
        this.tail = tail;
    }

    /** Where a reader that wants only what happens from now on starts. */
    public Position head() {
        return tail.head();
    }

    /** The position of one event, to read what followed it (a reconnecting stream's Last-Event-ID); empty when it is gone. */
    public Optional<Position> at(long eventId) {
        return tail.at(eventId);
    }

    /** Committed events after a position, oldest first, at most {@code limit}. */
    public List<Notice> after(Position position, int limit) {
        return tail.after(position, limit);
    }

    /** As {@link #after}, with the after-images: for modules that act on what changed (notifications). */
    public List<Recorded> recordedAfter(Position position, int limit) {
        return tail.recordedAfter(position, limit);
    }

    /** A place in the outbox's commit order. */
    public record Position(String tx, long id) {

        /** Commit order: transaction first, then the event within it. */
        public boolean isAfter(Position other) {
            int byTx = Long.compareUnsigned(Long.parseUnsignedLong(tx), Long.parseUnsignedLong(other.tx));
            return byTx != 0 ? byTx > 0 : id > other.id;
        }
    }

    /**
     * A change event without its after-image: enough to tell a screen what to refresh. {@code issueKeys}: the issues a
     * comment or link event is about (empty for others; an issue event names its issue in {@code aggregateId}).
     * {@code recipientId}: the one person an event is meant for (its after-image's {@code recipientId}, as a
     * notification's); null for a change that everyone who may browse its project may see.
     */
    public record Notice(Position position, String type, String aggregateType, String aggregateId, String projectKey,
            Long actorId, Instant occurredAt, Integer version, List<String> issueKeys, Long recipientId) {
    }

    /**
     * A committed event with its after-image, and for an update ({@code *.updated}) the image of the same aggregate's
     * event before it, so a reader can tell what changed (null when there is none); both as JSON text.
     */
    public record Recorded(Notice notice, String payload, String before) {
    }

    /**
     * Event ids that never reach the outbox table, for events re-emitted straight to the queue (a training-data
     * backfill): they order after every event committed before, as the outbox's own ids do.
     */
    public List<Long> reserveIds(int count) {
        return tail.reserveIds(count);
    }

    public Backlog backlog() {
        return relay.backlog();
    }

    /** Events written but not yet on the queue, and the age of the oldest of them. */
    public record Backlog(long events, double oldestSeconds) {
    }
}
