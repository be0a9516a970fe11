package dev.meridian.pipeline.store;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Amazon S3 (or any S3-compatible server) as the object store. Every object is written with server-side
 * encryption: SSE-S3 ({@code AES256}) by default, SSE-KMS when a KMS key id is configured.
 */
public final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final ServerSideEncryption encryption;
    private final String kmsKeyId;

    /** @param prefix prepended to every key, e.g. {@code "meridian/"}; empty for the bucket root */
    public S3ObjectStore(S3Client s3, String bucket, String prefix, String kmsKeyId) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.kmsKeyId = kmsKeyId == null || kmsKeyId.isBlank() ? null : kmsKeyId;
        this.encryption = this.kmsKeyId == null ? ServerSideEncryption.AES256 : ServerSideEncryption.AWS_KMS;
    }

    /**
     * A client for Amazon S3, or for an S3-compatible server at {@code endpoint} (path-style addressing then, since
     * such servers rarely resolve bucket subdomains). Credentials come from the default chain (the Lambda role).
     */
    public static S3Client client(String region, URI endpoint) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (endpoint != null) {
            builder.endpointOverride(endpoint).forcePathStyle(true);
        }
        return builder.build();
    }

    @Override
    public void put(String key, byte[] content) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(prefix + key)
                .serverSideEncryption(encryption);
        if (kmsKeyId != null) {
            request.ssekmsKeyId(kmsKeyId);
        }
        call("put " + key, () -> s3.putObject(request.build(), RequestBody.fromBytes(content)));
    }

    @Override
    public Optional<byte[]> get(String key) {
        GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(prefix + key).build();
        try {
            return Optional.of(s3.getObjectAsBytes(request).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new ObjectStoreException("cannot read " + key, e);
        }
    }

    @Override
    public List<String> list(String keyPrefix) {
        ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix + keyPrefix).build();
        return call("list " + keyPrefix, () -> s3.listObjectsV2Paginator(request).contents().stream()
                .map(S3Object::key)
                .map(key -> key.substring(prefix.length()))
                .sorted()
                .toList());
    }

    @Override
    public void delete(String key) {
        call("delete " + key, () -> s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(prefix + key).build()));
    }

    private static <T> T call(String what, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (SdkException e) {
            throw new ObjectStoreException("cannot " + what, e);
        }
    }
}
