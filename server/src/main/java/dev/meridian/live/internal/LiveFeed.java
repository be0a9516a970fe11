package dev.meridian.live.internal;

import dev.meridian.events.Outbox;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tails the outbox on one thread and hands each committed change to the subscribers. Reading the outbox (rather
 * than listening inside this process) means a change made through any server of the same database is seen.
 */
@Component
class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final int BATCH = 500;

    private final Outbox outbox;
    private final Subscribers subscribers;
    private final long intervalMs;
    private ScheduledExecutorService thread;
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

    private void poll() {
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
