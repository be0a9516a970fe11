package dev.meridian.training.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A task run on a daemon thread of its own, with a fixed pause between runs; the lifecycle of background loops. */
public final class Periodic {

    private final String name;
    private ScheduledExecutorService thread;

    public Periodic(String name) {
        this.name = name;
    }

    public synchronized void start(Runnable task, long every, TimeUnit unit) {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(task, every, every, unit);
    }

    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    public synchronized boolean isRunning() {
        return thread != null;
    }
}
