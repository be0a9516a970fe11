package dev.meridian.bench;

/** Where the events wait: the deepest outbox backlog and queue (visible and in flight) seen, read every second. */
final class PipelineDepths {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long outbox;
    private volatile long queue;

    PipelineDepths(MeridianApi api) {
        sampler = new Thread(() -> {
            while (running) {
                try {
                    var status = api.pipelineStatus();
                    outbox = Math.max(outbox, status.at("/outbox/events").asLong());
                    queue = Math.max(queue, status.at("/queue/visible").asLong() + status.at("/queue/inFlight").asLong());
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    System.err.println("status: " + e.getMessage());
                }
            }
        }, "depths");
        sampler.setDaemon(true);
        sampler.start();
    }

    long outbox() {
        return outbox;
    }

    long queue() {
        return queue;
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
