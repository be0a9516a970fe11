package dev.meridian.pipeline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptingObjectStoreTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(UTF_8);
    private static final byte[] LINE = "{\"text\":\"NameNode fails to start\"}".getBytes(UTF_8);

    @TempDir
    Path root;

    @Test
    void storesCiphertextAndReadsPlaintext() {
        ObjectStore raw = new LocalFolderObjectStore(root);
        ObjectStore encrypted = new EncryptingObjectStore(raw, KEY);

        encrypted.put("datasets/A/part.jsonl", LINE);

        assertThat(new String(raw.get("datasets/A/part.jsonl").orElseThrow(), UTF_8)).doesNotContain("NameNode");
        assertThat(encrypted.get("datasets/A/part.jsonl")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(LINE));
    }

    @Test
    void refusesToDecryptWithAnotherKey() {
        ObjectStore raw = new LocalFolderObjectStore(root);
        new EncryptingObjectStore(raw, KEY).put("a", LINE);
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] ^= 1;

        assertThatThrownBy(() -> new EncryptingObjectStore(raw, otherKey).get("a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnObjectCopiedUnderAnotherKey() {
        ObjectStore raw = new LocalFolderObjectStore(root);
        new EncryptingObjectStore(raw, KEY).put("datasets/A/part.jsonl", LINE);
        raw.put("datasets/B/part.jsonl", raw.get("datasets/A/part.jsonl").orElseThrow());

        assertThatThrownBy(() -> new EncryptingObjectStore(raw, KEY).get("datasets/B/part.jsonl")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void usesAFreshNonceForEveryWrite() {
        ObjectStore raw = new LocalFolderObjectStore(root);
        ObjectStore encrypted = new EncryptingObjectStore(raw, KEY);
        encrypted.put("a", LINE);
        byte[] first = raw.get("a").orElseThrow();
        encrypted.put("a", LINE);

        assertThat(raw.get("a").orElseThrow()).isNotEqualTo(first);
    }
}
