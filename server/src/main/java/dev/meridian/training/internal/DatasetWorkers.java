package dev.meridian.training.internal;

import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.platform.PipelineLeader;
import dev.meridian.platform.PipelineProperties;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@code MERIDIAN_PIPELINE_WORKER_CONCURRENCY} pollers feeding the dataset worker from the changes queue, in the
 * server that {@link PipelineLeader leads} only.
 */
@Component
class DatasetWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatasetWorkers.class);

    private final DatasetPoller poller;
    private final PipelineLeader leader;
    private final boolean enabled;
    private final int concurrency;
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService executor;

    DatasetWorkers(Queue queue, DatasetWorkerHandler handler, Clock clock, PipelineProperties pipeline, Freshness freshness,
            PipelineLeader leader) {
        this.leader = leader;
        var settings = pipeline.queue();
        this.poller = new DatasetPoller(queue, handler, clock, new DatasetPoller.Settings(settings.visibilityTimeout(),
                settings.waitTime(), Math.max(1, pipeline.workerBatchSize())), freshness);
        this.enabled = pipeline.enabled();
        this.concurrency = Math.max(1, pipeline.workerConcurrency());
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running.set(true);
        executor = Executors.newFixedThreadPool(concurrency, r -> new Thread(r, "dataset-worker"));
        for (int i = 0; i < concurrency; i++) {
            executor.execute(this::loop);
        }
    }

    private void loop() {
        while (running.get()) {
            if (!leader.leads()) {
                sleepQuietly();
                continue;
            }
            try {
                poller.pollOnce();
            } catch (RuntimeException e) {
                log.warn("Dataset worker round failed; the messages will be retried: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running.set(false);
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
