package dev.meridian.events.internal;

import dev.meridian.platform.PipelineLeader;
import dev.meridian.platform.PipelineProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the relay every few hundred milliseconds, draining the backlog in batches; a failure is retried next round.
 * Only the server that {@link PipelineLeader leads} relays.
 */
@Component
class RelayLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayLoop.class);
    private static final int BATCH = 1000;

    private final OutboxRelay relay;
    private final PipelineLeader leader;
    private final boolean enabled;
    private final long intervalMillis;
    private ScheduledExecutorService executor;

    RelayLoop(OutboxRelay relay, PipelineProperties pipeline, PipelineLeader leader) {
        this.relay = relay;
        this.leader = leader;
        this.enabled = pipeline.enabled();
        this.intervalMillis = pipeline.relayIntervalMs();
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        relay.ensureCursor();
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-relay"));
        executor.scheduleWithFixedDelay(this::drain, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void drain() {
        if (!leader.leads()) {
            return;
        }
        try {
            while (relay.publishNext(BATCH) == BATCH) {
                // keep going until the backlog is shorter than a batch
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed; retrying: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
