package dev.meridian.pipeline.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.fixtures.Events;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deployable: the shaded jar alone (no test classpath) must run the handler, and must carry no Spring. */
class LambdaJarIT {

    private static final Path JAR = Path.of(System.getProperty("lambda.jar", "target/meridian-pipeline-0.1.0-SNAPSHOT-lambda.jar"));

    @TempDir
    Path dataDir;

    @Test
    void containsTheHandlerAndTheAwsSdkButNoSpring() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();
            assertThat(entries).contains("dev/meridian/pipeline/lambda/DatasetWorkerHandler.class",
                    "software/amazon/awssdk/services/s3/S3Client.class", "tools/jackson/databind/json/JsonMapper.class");
            assertThat(entries).noneMatch(name -> name.startsWith("org/springframework/"));
            assertThat(entries).noneMatch(name -> name.startsWith("dev/meridian/pipeline/fixtures/"));
        }
    }

    @Test
    void runsTheHandlerFromTheJarAlone() throws Exception {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> settingsType = jar.loadClass("dev.meridian.pipeline.WorkerSettings");
            Object settings = settingsType.getMethod("fromEnvironment", Map.class).invoke(null, Map.of(
                    "MERIDIAN_PSEUDONYM_KEY", Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes()),
                    "MERIDIAN_DATA_DIR", dataDir.toString()));
            Object handler = jar.loadClass("dev.meridian.pipeline.lambda.DatasetWorkerHandler").getConstructor(settingsType).newInstance(settings);
            Class<?> sqsEventType = jar.loadClass("com.amazonaws.services.lambda.runtime.events.SQSEvent");
            Class<?> messageType = jar.loadClass("com.amazonaws.services.lambda.runtime.events.SQSEvent$SQSMessage");
            Object message = messageType.getConstructor().newInstance();
            messageType.getMethod("setMessageId", String.class).invoke(message, "m1");
            messageType.getMethod("setBody", String.class).invoke(message,
                    Events.json(1, "issue.updated", "issue", "HADOOP-1", Events.issue("HADOOP-1", Map.of())));
            Object event = sqsEventType.getConstructor().newInstance();
            sqsEventType.getMethod("setRecords", List.class).invoke(event, List.of(message));
            Class<?> contextType = jar.loadClass("com.amazonaws.services.lambda.runtime.Context");
            Object context = jar.loadClass("dev.meridian.pipeline.lambda.LocalLambdaContext")
                    .getConstructor(Clock.class, Duration.class).newInstance(Clock.systemUTC(), Duration.ofMinutes(1));
            Method handle = handler.getClass().getMethod("handleRequest", sqsEventType, contextType);

            Object response = handle.invoke(handler, event, context);

            assertThat((List<?>) response.getClass().getMethod("getBatchItemFailures").invoke(response)).isEmpty();
            try (var stored = Files.walk(dataDir.resolve("objects/datasets/HADOOP"))) {
                assertThat(stored.map(Path::toString)).anyMatch(name -> name.contains("conversation-"));
            }
        }
    }
}
