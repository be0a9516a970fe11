package dev.meridian.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.queue.Queue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** Every test server keeps its state in a fresh temporary folder, never in ./data. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataDir {

    @Bean
    static DynamicPropertyRegistrar meridianDataDir() {
        return registry -> registry.add("meridian.data-dir", TestDataDir::create);
    }

    /** The dataset worker driven by hand, since the pipeline is off in tests (a snapshot needs a backfill worked by it). */
    @Bean
    WorkerByHand workerByHand(Queue queue, DatasetWorkerHandler handler, JsonMapper json) {
        return new WorkerByHand(queue, handler, json);
    }

    private static String create() {
        try {
            return temp("meridian-test-").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new temporary folder, deleted with what it holds when the test JVM exits. */
    public static Path temp(String prefix) throws IOException {
        var dir = Files.createTempDirectory(prefix);
        TempFolders.deleteAtExit(dir);
        return dir;
    }
}
