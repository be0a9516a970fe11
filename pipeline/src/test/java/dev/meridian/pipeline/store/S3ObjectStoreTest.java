package dev.meridian.pipeline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.anonymize.Pseudonyms;
import dev.meridian.pipeline.dataset.DatasetWriter;
import dev.meridian.pipeline.dataset.Manifest;
import dev.meridian.pipeline.dataset.SnapshotSealer;
import dev.meridian.pipeline.fixtures.Events;
import dev.meridian.pipeline.fixtures.S3MockServer;
import dev.meridian.pipeline.records.BedrockRules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** Against S3Mock: the adapter speaks the real S3 protocol (path-style, SigV4, server-side encryption header). */
class S3ObjectStoreTest {

    @TempDir
    static Path workDir;
    static S3MockServer server;
    static S3Client s3;

    @BeforeAll
    static void startS3() throws Exception {
        server = S3MockServer.start(workDir);
        s3 = server.client();
    }

    @AfterAll
    static void stopS3() {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void putsGetsListsAndDeletesObjects() {
        ObjectStore store = new S3ObjectStore(s3, S3MockServer.BUCKET, "crud/", null);
        store.put("datasets/A/2026-11-25/b.jsonl", "b".getBytes(UTF_8));
        store.put("datasets/A/2026-11-25/a.jsonl", "a".getBytes(UTF_8));
        store.put("datasets/B/2026-11-25/c.jsonl", "c".getBytes(UTF_8));

        assertThat(store.list("datasets/A/")).containsExactly("datasets/A/2026-11-25/a.jsonl", "datasets/A/2026-11-25/b.jsonl");
        assertThat(store.get("datasets/A/2026-11-25/a.jsonl")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo("a".getBytes(UTF_8)));

        store.delete("datasets/A/2026-11-25/a.jsonl");

        assertThat(store.get("datasets/A/2026-11-25/a.jsonl")).isEmpty();
        assertThat(store.list("datasets/")).containsExactly("datasets/A/2026-11-25/b.jsonl", "datasets/B/2026-11-25/c.jsonl");
    }

    @Test
    void writesEveryObjectWithServerSideEncryption() {
        new S3ObjectStore(s3, S3MockServer.BUCKET, "sse/", null).put("datasets/A/part.jsonl", "{}".getBytes(UTF_8));

        HeadObjectResponse head = s3.headObject(request -> request.bucket(S3MockServer.BUCKET).key("sse/datasets/A/part.jsonl"));

        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    }

    @Test
    void writesWithSseKmsUnderTheConfiguredKey() {
        new S3ObjectStore(s3, S3MockServer.BUCKET, "kms/", S3MockServer.KMS_KEY_ID).put("datasets/A/part.jsonl", "{}".getBytes(UTF_8));

        HeadObjectResponse head = s3.headObject(request -> request.bucket(S3MockServer.BUCKET).key("kms/datasets/A/part.jsonl"));

        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(head.ssekmsKeyId()).isEqualTo(S3MockServer.KMS_KEY_ID);
    }

    @Test
    void runsTheWorkerEndToEndAgainstS3() {
        ObjectStore store = new EncryptingObjectStore(new S3ObjectStore(s3, S3MockServer.BUCKET, "worker/", null),
                "0123456789abcdef0123456789abcdef".getBytes(UTF_8));
        DatasetWriter writer = new DatasetWriter(store, new Pseudonyms("s3-test-key-0123456789".getBytes(UTF_8)), Set.of(),
                new BedrockRules(BedrockRules.DEFAULT_MAX_TOKENS));

        writer.write("HADOOP", List.of(Events.issueUpdated(1, "HADOOP-1", Map.of()), Events.issueUpdated(2, "HADOOP-2", Map.of())));
        writer.write("HADOOP", List.of(Events.issueUpdated(2, "HADOOP-2", Map.of())));
        Manifest manifest = new SnapshotSealer(store, Clock.systemUTC(), 10).seal("HADOOP").orElseThrow();

        assertThat(manifest.records().get("triage").train() + manifest.records().get("triage").validation()).isEqualTo(2);
        assertThat(store.list("datasets/HADOOP/")).filteredOn(key -> key.contains("/index-")).hasSize(1);
    }

    @Test
    void keepsClientSideEncryptedObjectsUnreadableOnTheServer() {
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(UTF_8);
        ObjectStore plain = new S3ObjectStore(s3, S3MockServer.BUCKET, "cse/", null);
        ObjectStore encrypted = new EncryptingObjectStore(plain, key);

        encrypted.put("datasets/A/part.jsonl", "Person-3f9a2c1d reported it".getBytes(UTF_8));

        assertThat(new String(plain.get("datasets/A/part.jsonl").orElseThrow(), UTF_8)).doesNotContain("reported");
        assertThat(new String(encrypted.get("datasets/A/part.jsonl").orElseThrow(), UTF_8)).isEqualTo("Person-3f9a2c1d reported it");
    }
}
