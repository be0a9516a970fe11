package dev.meridian.live.internal;

import dev.meridian.events.Outbox;
import dev.meridian.identity.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tails the outbox on one thread and hands each committed change to the subscribers. Reading the outbox (rather
 * than listening inside this process) means a change made through any server of the same database is seen.
 */
@Component
class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final int BATCH = 500;
    /** A stream that missed more than this starts afresh: its screens refetch rather than replay a flood. */
    private static final int MAX_REPLAY = 1_000;

    private final Outbox outbox;
    private final Subscribers subscribers;
    private final long intervalMs;
    private ScheduledExecutorService thread;
    private final Object reading = new Object();
    private Outbox.Position position;

    LiveFeed(Outbox outbox, Subscribers subscribers, @Value("${meridian.live.interval-ms:200}") long intervalMs) {
        this.outbox = outbox;
        this.subscribers = subscribers;
        this.intervalMs = intervalMs;
    }

    @Override
    public synchronized void start() {
        position = outbox.head();
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "live-feed");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::poll, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
        thread.scheduleWithFixedDelay(subscribers::heartbeat, 15, 15, TimeUnit.SECONDS);
    }

    /**
     * Opens a stream. With the id of the last event a reconnecting client saw, the events it missed since are sent
     * first (under the feed's lock, so none is sent twice or lost between the replay and the live tail).
     */
    SseEmitter subscribe(CurrentUser user, Long lastEventId) {
        synchronized (reading) {
            if (subscribers.isEmpty()) {
                position = outbox.head();
            }
            var missed = lastEventId == null ? Optional.<List<Outbox.Notice>>empty() : missedSince(lastEventId);
            return subscribers.subscribe(user, missed);
        }
    }

    /** The events after the given one up to where the feed is; empty when that event is unknown or too much was missed. */
    private Optional<List<Outbox.Notice>> missedSince(long eventId) {
        var from = outbox.at(eventId).orElse(null);
        if (from == null || from.isAfter(position)) {
            return Optional.empty();
        }
        var missed = new ArrayList<Outbox.Notice>();
        for (var notices = outbox.after(from, BATCH); !notices.isEmpty(); notices = outbox.after(from, BATCH)) {
            for (var notice : notices) {
                if (notice.position().isAfter(position)) {
                    return Optional.of(missed);
                }
                missed.add(notice);
            }
            if (missed.size() > MAX_REPLAY) {
                return Optional.empty();
            }
            from = notices.get(notices.size() - 1).position();
        }
        return Optional.of(missed);
    }

    private void poll() {
        synchronized (reading) {
            tail();
        }
    }

    private void tail() {
        try {
            if (subscribers.isEmpty()) {
                position = outbox.head();
                return;
            }
            for (var notices = outbox.after(position, BATCH); !notices.isEmpty(); notices = outbox.after(position, BATCH)) {
                notices.forEach(subscribers::publish);
                position = notices.get(notices.size() - 1).position();
                if (notices.size() < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Live feed could not read the outbox; trying again: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
        subscribers.closeAll();
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
