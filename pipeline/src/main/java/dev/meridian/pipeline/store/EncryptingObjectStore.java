package dev.meridian.pipeline.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Client-side AES-256-GCM around another store, for when the bytes must be unreadable even to whoever runs the
 * storage. Layout of an object: 4-byte magic, 12-byte random nonce, ciphertext with its 16-byte tag. The object
 * key is authenticated as associated data, so an object copied under another key fails to decrypt.
 */
public final class EncryptingObjectStore implements ObjectStore {

    private static final byte[] MAGIC = "MRE1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final ObjectStore inner;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public EncryptingObjectStore(ObjectStore inner, byte[] aes256Key) {
        if (aes256Key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, got " + aes256Key.length);
        }
        this.inner = inner;
        this.key = new SecretKeySpec(aes256Key, "AES");
    }

    @Override
    public void put(String objectKey, byte[] content) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, objectKey).apply(content);
        inner.put(objectKey, ByteBuffer.allocate(MAGIC.length + NONCE_BYTES + sealed.length)
                .put(MAGIC).put(nonce).put(sealed).array());
    }

    @Override
    public Optional<byte[]> get(String objectKey) {
        return inner.get(objectKey).map(stored -> {
            if (stored.length < MAGIC.length + NONCE_BYTES || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new IllegalStateException(objectKey + " is not an encrypted object");
            }
            byte[] nonce = Arrays.copyOfRange(stored, MAGIC.length, MAGIC.length + NONCE_BYTES);
            byte[] sealed = Arrays.copyOfRange(stored, MAGIC.length + NONCE_BYTES, stored.length);
            return cipher(Cipher.DECRYPT_MODE, nonce, objectKey).apply(sealed);
        });
    }

    @Override
    public List<String> list(String prefix) {
        return inner.list(prefix);
    }

    @Override
    public void delete(String objectKey) {
        inner.delete(objectKey);
    }

    private UnaryOperator<byte[]> cipher(int mode, byte[] nonce, String objectKey) {
        return bytes -> {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(objectKey.getBytes(StandardCharsets.UTF_8));
                return cipher.doFinal(bytes);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM failed for " + objectKey + " (wrong key or tampered object)", e);
            }
        };
    }
}
