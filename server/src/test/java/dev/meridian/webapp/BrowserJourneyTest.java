package dev.meridian.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.queue.Queue;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.WorkerByHand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the web app's end-to-end journeys (webapp/e2e, playwright-core driving Debian's headless Chromium) against
 * this test server, which serves the built app the way the jar does. The dataset pipeline is off in test servers, so
 * while the journeys run this test hands the queue's messages to the worker, as the pipeline's poller would: the
 * training journey backfills its project and trains on the sealed snapshot.
 */
@MeridianTest
class BrowserJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    Queue queue;
    @Autowired
    WorkerByHand worker;

    @Test
    void theWebAppJourneysPassInARealBrowser() throws Exception {
        var webapp = Path.of("..", "webapp").toAbsolutePath().normalize();
        assertThat(Files.exists(Path.of("/usr/bin/chromium"))).as("Debian's chromium is installed (./meridian test installs it)").isTrue();
        var log = Files.createTempFile("e2e-", ".log").toFile();
        var builder = new ProcessBuilder("npm", "run", "e2e").directory(webapp.toFile())
                .redirectErrorStream(true).redirectOutput(log);
        builder.environment().put("BASE_URL", "http://127.0.0.1:" + port);
        builder.environment().put("E2E_EMAIL", dev.meridian.support.Api.ADMIN_EMAIL);
        builder.environment().put("E2E_PASSWORD", dev.meridian.support.Api.ADMIN_PASSWORD);
        var pipeline = workTheQueue();
        Process process;
        boolean finished;
        try {
            process = builder.start();
            // A guard against a hung browser, not a speed check: eight journeys on two loaded cores.
            finished = process.waitFor(12, TimeUnit.MINUTES);
        } finally {
            pipeline.shutdownNow();
        }
        var output = Files.readString(log.toPath());
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0).as("npm run e2e passed:\n" + output).isTrue();
    }

    private ScheduledExecutorService workTheQueue() {
        var pipeline = Executors.newSingleThreadScheduledExecutor();
        pipeline.scheduleWithFixedDelay(() -> {
            try {
                var batch = queue.receive(10, Duration.ZERO, Duration.ofSeconds(30));
                if (!batch.isEmpty()) {
                    worker.work(batch);
                    batch.forEach(message -> queue.delete(message.receiptHandle()));
                }
            } catch (RuntimeException | AssertionError e) {
                System.err.println("journey pipeline: " + e);
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        return pipeline;
    }
}
