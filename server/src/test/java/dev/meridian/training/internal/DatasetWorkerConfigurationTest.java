package dev.meridian.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.store.EncryptingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.platform.MeridianProperties;
import dev.meridian.platform.PipelineProperties;
import dev.meridian.support.AwsSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The object store is chosen by environment variables; one that cannot work stops the start, naming the variable. */
class DatasetWorkerConfigurationTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner server() {
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(Wiring.class, PseudonymKey.class, DatasetWorkerConfiguration.class)
                .withSystemProperties("MERIDIAN_DATA_DIR=" + dataDir);
    }

    @Test
    void storesInTheDataFolderByDefaultAndEncryptsWithAKey() {
        // The store the worker is given (the server's bean wraps it to count the bytes written).
        server().run(context -> assertThat(context.getBean(WorkerSettings.class).objectStore()).isInstanceOf(LocalFolderObjectStore.class));
        server().withSystemProperties("MERIDIAN_ENCRYPTION_KEY=" + base64(32))
                .run(context -> assertThat(context.getBean(WorkerSettings.class).objectStore()).isInstanceOf(EncryptingObjectStore.class));
    }

    @Test
    void refusesToStartWithAnEncryptionKeyThatIsNot32Bytes() {
        server().withSystemProperties("MERIDIAN_ENCRYPTION_KEY=" + base64(16)).run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessage("MERIDIAN_ENCRYPTION_KEY must be the base64 of exactly 32 bytes (an AES-256 key), not 16 bytes"));
    }

    @Test
    void refusesToStartWithAShortPseudonymKey() {
        server().withSystemProperties("MERIDIAN_PSEUDONYM_KEY=" + base64(8)).run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("MERIDIAN_PSEUDONYM_KEY must be the base64 of at least 16 bytes"));
    }

    @Test
    void refusesToStartWhenTheBucketCannotBeReached() throws IOException {
        AwsSettings.useDummyCredentials();
        var closed = "http://127.0.0.1:" + closedPort();

        server().withSystemProperties("MERIDIAN_S3_BUCKET=training", "MERIDIAN_S3_ENDPOINT=" + closed).run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("MERIDIAN_S3_BUCKET=training: S3 bucket training at "
                        + closed + " cannot be used (").hasStackTraceContaining("check MERIDIAN_S3_BUCKET, MERIDIAN_S3_ENDPOINT"));
    }

    private static String base64(int bytes) {
        return Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({MeridianProperties.class, PipelineProperties.class})
    static class Wiring {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
