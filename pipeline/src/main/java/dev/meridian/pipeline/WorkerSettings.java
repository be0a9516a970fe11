package dev.meridian.pipeline;

import dev.meridian.pipeline.anonymize.Pseudonyms;
import dev.meridian.pipeline.dataset.DatasetWriter;
import dev.meridian.pipeline.records.BedrockRules;
import dev.meridian.pipeline.store.EncryptingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.pipeline.store.S3ObjectStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The worker's configuration, from environment variables (a Lambda function's only configuration channel):
 * <ul>
 *   <li>{@code MERIDIAN_PSEUDONYM_KEY} (required): base64, at least 16 bytes; the HMAC key behind pseudonyms.</li>
 *   <li>{@code MERIDIAN_S3_BUCKET}: store in S3 when set, else in {@code $MERIDIAN_DATA_DIR/objects}
 *       ({@code MERIDIAN_DATA_DIR} defaults to {@code data}).</li>
 *   <li>{@code MERIDIAN_S3_PREFIX} (default empty), {@code MERIDIAN_S3_ENDPOINT} (an S3-compatible server),
 *       {@code MERIDIAN_S3_KMS_KEY_ID} (SSE-KMS instead of SSE-S3), {@code AWS_REGION} (default us-east-1).</li>
 *   <li>{@code MERIDIAN_ENCRYPTION_KEY}: base64 of 32 bytes; when set, objects are also AES-256-GCM encrypted
 *       client-side.</li>
 *   <li>{@code MERIDIAN_OPTED_OUT_PROJECTS}: comma-separated project keys never to train on (besides those whose
 *       admins turned training off, which the worker learns from project events).</li>
 *   <li>{@code MERIDIAN_TIME_RESERVE_MS} (default 10000): stop starting work when less time than this remains.</li>
 *   <li>{@code MERIDIAN_MAX_RECORD_TOKENS} (default 32000).</li>
 * </ul>
 */
public record WorkerSettings(byte[] pseudonymKey, String s3Bucket, String s3Prefix, URI s3Endpoint, String s3KmsKeyId,
                             String region, Path dataDir, byte[] encryptionKey, Set<String> optedOutProjects,
                             long timeReserveMillis, int maxRecordTokens) {

    public static WorkerSettings fromEnvironment(Map<String, String> env) {
        String pseudonymKey = env.get("MERIDIAN_PSEUDONYM_KEY");
        if (pseudonymKey == null || pseudonymKey.isBlank()) {
            throw new IllegalStateException("MERIDIAN_PSEUDONYM_KEY is not set: without it pseudonyms would be guessable");
        }
        return new WorkerSettings(
                Base64.getDecoder().decode(pseudonymKey.trim()),
                blankToNull(env.get("MERIDIAN_S3_BUCKET")),
                env.getOrDefault("MERIDIAN_S3_PREFIX", ""),
                blankToNull(env.get("MERIDIAN_S3_ENDPOINT")) == null ? null : URI.create(env.get("MERIDIAN_S3_ENDPOINT").trim()),
                blankToNull(env.get("MERIDIAN_S3_KMS_KEY_ID")),
                env.getOrDefault("AWS_REGION", "us-east-1"),
                Path.of(env.getOrDefault("MERIDIAN_DATA_DIR", "data")),
                blankToNull(env.get("MERIDIAN_ENCRYPTION_KEY")) == null ? null : Base64.getDecoder().decode(env.get("MERIDIAN_ENCRYPTION_KEY").trim()),
                Arrays.stream(env.getOrDefault("MERIDIAN_OPTED_OUT_PROJECTS", "").split(","))
                        .map(String::trim).filter(key -> !key.isEmpty()).collect(Collectors.toUnmodifiableSet()),
                Long.parseLong(env.getOrDefault("MERIDIAN_TIME_RESERVE_MS", "10000")),
                Integer.parseInt(env.getOrDefault("MERIDIAN_MAX_RECORD_TOKENS", String.valueOf(BedrockRules.DEFAULT_MAX_TOKENS))));
    }

    public ObjectStore objectStore() {
        ObjectStore store = s3Bucket == null
                ? new LocalFolderObjectStore(dataDir.resolve("objects"))
                : new S3ObjectStore(S3ObjectStore.client(region, s3Endpoint), s3Bucket, s3Prefix, s3KmsKeyId);
        return encryptionKey == null ? store : new EncryptingObjectStore(store, encryptionKey);
    }

    public DatasetWorker worker() {
        return new DatasetWorker(new DatasetWriter(objectStore(), new Pseudonyms(pseudonymKey), optedOutProjects,
                new BedrockRules(maxRecordTokens)));
    }

    @Override
    public String toString() {
        return "WorkerSettings[bucket=" + s3Bucket + ", prefix=" + s3Prefix + ", endpoint=" + s3Endpoint + ", dataDir=" + dataDir
                + ", clientSideEncryption=" + (encryptionKey != null) + ", optedOut=" + optedOutProjects + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
