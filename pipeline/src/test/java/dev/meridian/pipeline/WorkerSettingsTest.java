package dev.meridian.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.pipeline.store.EncryptingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerSettingsTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir
    Path dataDir;

    @Test
    void readsItsConfigurationFromEnvironmentVariables() {
        WorkerSettings settings = WorkerSettings.fromEnvironment(Map.of(
                "MERIDIAN_PSEUDONYM_KEY", KEY, "MERIDIAN_S3_BUCKET", "meridian-datasets", "MERIDIAN_S3_ENDPOINT", "http://127.0.0.1:9090",
                "MERIDIAN_OPTED_OUT_PROJECTS", "SECRET, HR", "MERIDIAN_TIME_RESERVE_MS", "30000", "AWS_REGION", "eu-west-1"));

        assertThat(settings.s3Bucket()).isEqualTo("meridian-datasets");
        assertThat(settings.s3Endpoint()).isEqualTo(URI.create("http://127.0.0.1:9090"));
        assertThat(settings.optedOutProjects()).containsExactlyInAnyOrder("SECRET", "HR");
        assertThat(settings.timeReserveMillis()).isEqualTo(30_000);
        assertThat(settings.region()).isEqualTo("eu-west-1");
    }

    @Test
    void storesInALocalFolderWithoutABucketAndEncryptsWhenGivenAKey() {
        Map<String, String> local = Map.of("MERIDIAN_PSEUDONYM_KEY", KEY, "MERIDIAN_DATA_DIR", dataDir.toString());

        assertThat(WorkerSettings.fromEnvironment(local).objectStore()).isInstanceOf(LocalFolderObjectStore.class);
        assertThat(WorkerSettings.fromEnvironment(Map.of("MERIDIAN_PSEUDONYM_KEY", KEY, "MERIDIAN_DATA_DIR", dataDir.toString(),
                "MERIDIAN_ENCRYPTION_KEY", KEY)).objectStore()).isInstanceOf(EncryptingObjectStore.class);
    }

    @Test
    void refusesToStartWithoutAPseudonymKey() {
        assertThatThrownBy(() -> WorkerSettings.fromEnvironment(Map.of())).hasMessageContaining("MERIDIAN_PSEUDONYM_KEY");
    }

    @Test
    void namesTheVariableWhenAKeyHasTheWrongLength() {
        String sixteen = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes());

        assertThatThrownBy(() -> WorkerSettings.fromEnvironment(Map.of("MERIDIAN_PSEUDONYM_KEY", KEY, "MERIDIAN_ENCRYPTION_KEY", sixteen)))
                .hasMessageContaining("MERIDIAN_ENCRYPTION_KEY").hasMessageContaining("32 bytes").hasMessageContaining("not 16");
        assertThatThrownBy(() -> WorkerSettings.fromEnvironment(Map.of("MERIDIAN_PSEUDONYM_KEY", "c2hvcnQ=")))
                .hasMessageContaining("MERIDIAN_PSEUDONYM_KEY").hasMessageContaining("at least 16 bytes");
        assertThatThrownBy(() -> WorkerSettings.fromEnvironment(Map.of("MERIDIAN_PSEUDONYM_KEY", "not base64!")))
                .hasMessageContaining("MERIDIAN_PSEUDONYM_KEY is not base64");
        assertThatThrownBy(() -> WorkerSettings.fromEnvironment(Map.of("MERIDIAN_PSEUDONYM_KEY", KEY, "MERIDIAN_S3_ENDPOINT", "localhost:9090")))
                .hasMessageContaining("MERIDIAN_S3_ENDPOINT");
    }
}
