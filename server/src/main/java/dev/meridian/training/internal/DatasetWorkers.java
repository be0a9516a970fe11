package dev.meridian.training.internal;

import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.platform.MeridianProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs {@code concurrency} pollers feeding the dataset worker, writing to {@code $MERIDIAN_DATA_DIR/objects}. */
@Component
class DatasetWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatasetWorkers.class);

    private final Queue queue;
    private final MeridianProperties properties;
    private final PseudonymKey key;
    private final Clock clock;
    private final boolean enabled;
    private final int concurrency;
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService executor;

    DatasetWorkers(Queue queue, MeridianProperties properties, PseudonymKey key, Clock clock,
            @Value("${meridian.pipeline.enabled:true}") boolean enabled,
            @Value("${meridian.pipeline.worker-concurrency:1}") int concurrency) {
        this.queue = queue;
        this.properties = properties;
        this.key = key;
        this.clock = clock;
        this.enabled = enabled;
        this.concurrency = Math.max(1, concurrency);
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        var settings = WorkerSettings.fromEnvironment(Map.of("MERIDIAN_PSEUDONYM_KEY", key.base64(),
                "MERIDIAN_DATA_DIR", properties.dataDir().toString(), "MERIDIAN_TIME_RESERVE_MS", "5000"));
        var poller = new DatasetPoller(queue, new DatasetWorkerHandler(settings), clock, Duration.ofSeconds(60), Duration.ofSeconds(2));
        running.set(true);
        executor = Executors.newFixedThreadPool(concurrency, r -> new Thread(r, "dataset-worker"));
        List<Runnable> loops = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            loops.add(() -> loop(poller));
        }
        loops.forEach(executor::execute);
    }

    private void loop(DatasetPoller poller) {
        while (running.get()) {
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
