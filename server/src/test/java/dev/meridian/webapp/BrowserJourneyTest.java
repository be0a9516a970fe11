package dev.meridian.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.MeridianTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the web app's end-to-end journeys (webapp/e2e, playwright-core driving Debian's headless Chromium) against
 * this test server, which serves the built app the way the jar does.
 */
@MeridianTest
class BrowserJourneyTest {

    @LocalServerPort
    int port;

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
        var process = builder.start();
        // A guard against a hung browser, not a speed check: six journeys on two loaded cores.
        var finished = process.waitFor(12, TimeUnit.MINUTES);
        var output = Files.readString(log.toPath());
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished && process.exitValue() == 0).as("npm run e2e passed:\n" + output).isTrue();
    }
}
