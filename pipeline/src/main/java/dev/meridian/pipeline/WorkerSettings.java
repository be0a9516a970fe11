package dev.meridian.pipeline;

import dev.meridian.pipeline.anonymize.Pseudonyms;
import dev.meridian.pipeline.dataset.DatasetWriter;
import dev.meridian.pipeline.records.BedrockRules;
import dev.meridian.pipeline.store.EncryptingObjectStore;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.pipeline.store.S3ObjectStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The worker's configuration, from environment variables (a Lambda function's only configuration channel; the server
 * passes its own settings under the same names). A bad value fails here, naming the variable:
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

    /**
     * @throws IllegalStateException naming the variable to fix: a missing or short pseudonym key, a key that is not
     *                               base64, an encryption key that is not 32 bytes, an endpoint that is not a URL
     */
    public static WorkerSettings fromEnvironment(Map<String, String> env) {
        String pseudonymKey = blankToNull(env.get("MERIDIAN_PSEUDONYM_KEY"));
        if (pseudonymKey == null) {
            throw new IllegalStateException("MERIDIAN_PSEUDONYM_KEY is not set: without it pseudonyms would be guessable");
        }
        byte[] encryptionKey = blankToNull(env.get("MERIDIAN_ENCRYPTION_KEY")) == null ? null : base64(env, "MERIDIAN_ENCRYPTION_KEY");
        if (encryptionKey != null && encryptionKey.length != 32) {
            throw new IllegalStateException("MERIDIAN_ENCRYPTION_KEY must be the base64 of exactly 32 bytes (an AES-256 key), not "
                    + encryptionKey.length + " bytes");
        }
        return new WorkerSettings(
                atLeast16Bytes(base64(env, "MERIDIAN_PSEUDONYM_KEY")),
                blankToNull(env.get("MERIDIAN_S3_BUCKET")),
                env.getOrDefault("MERIDIAN_S3_PREFIX", ""),
                url(env, "MERIDIAN_S3_ENDPOINT"),
                blankToNull(env.get("MERIDIAN_S3_KMS_KEY_ID")),
                Objects.requireNonNullElse(blankToNull(env.get("AWS_REGION")), "us-east-1"),
                Path.of(env.getOrDefault("MERIDIAN_DATA_DIR", "data")),
                encryptionKey,
                Arrays.stream(env.getOrDefault("MERIDIAN_OPTED_OUT_PROJECTS", "").split(","))
                        .map(String::trim).filter(key -> !key.isEmpty()).collect(Collectors.toUnmodifiableSet()),
                number(env, "MERIDIAN_TIME_RESERVE_MS", 10_000),
                (int) number(env, "MERIDIAN_MAX_RECORD_TOKENS", BedrockRules.DEFAULT_MAX_TOKENS));
    }

    public ObjectStore objectStore() {
        ObjectStore store = s3Bucket == null
                ? new LocalFolderObjectStore(dataDir.resolve("objects"))
                : new S3ObjectStore(S3ObjectStore.client(region, s3Endpoint), s3Bucket, s3Prefix, s3KmsKeyId);
        return encryptionKey == null ? store : new EncryptingObjectStore(store, encryptionKey);
    }

    public DatasetWorker worker() {
        return worker(objectStore());
    }

    /** The worker on a store built elsewhere (usually {@link #objectStore()}, perhaps wrapped). */
    public DatasetWorker worker(ObjectStore store) {
        return new DatasetWorker(new DatasetWriter(store, new Pseudonyms(pseudonymKey), optedOutProjects,
                new BedrockRules(maxRecordTokens)));
    }

    @Override
    public String toString() {
        return "WorkerSettings[bucket=" + s3Bucket + ", prefix=" + s3Prefix + ", endpoint=" + s3Endpoint + ", dataDir=" + dataDir
                + ", clientSideEncryption=" + (encryptionKey != null) + ", optedOut=" + optedOutProjects + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static byte[] base64(Map<String, String> env, String name) {
        try {
            return Base64.getDecoder().decode(env.get(name).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64: " + e.getMessage(), e);
        }
    }

    private static byte[] atLeast16Bytes(byte[] pseudonymKey) {
        if (pseudonymKey.length < 16) {
            throw new IllegalStateException("MERIDIAN_PSEUDONYM_KEY must be the base64 of at least 16 bytes, not " + pseudonymKey.length);
        }
        return pseudonymKey;
    }

    private static URI url(Map<String, String> env, String name) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(value, "expected scheme://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(name + " is not a URL such as http://127.0.0.1:9090: " + e.getMessage(), e);
        }
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String value = blankToNull(env.get(name));
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " is not a whole number: " + value, e);
        }
    }
}
