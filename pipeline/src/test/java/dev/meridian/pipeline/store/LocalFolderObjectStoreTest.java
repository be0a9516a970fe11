package dev.meridian.pipeline.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderObjectStoreTest {

    @TempDir
    Path root;

    @Test
    void readsBackWhatItWroteAndReplacesItWhole() {
        ObjectStore store = new LocalFolderObjectStore(root);
        store.put("datasets/HADOOP/2026-11-25/part.jsonl", "a much longer first version".getBytes(UTF_8));
        store.put("datasets/HADOOP/2026-11-25/part.jsonl", "second".getBytes(UTF_8));

        assertThat(store.get("datasets/HADOOP/2026-11-25/part.jsonl")).hasValueSatisfying(bytes -> assertThat(new String(bytes, UTF_8)).isEqualTo("second"));
    }

    @Test
    void listsTheKeysUnderAPrefixInOrder() {
        ObjectStore store = new LocalFolderObjectStore(root);
        store.put("datasets/B/x", new byte[0]);
        store.put("datasets/A/2/y", new byte[0]);
        store.put("datasets/A/1/z", new byte[0]);
        store.put("state/A/project.json", new byte[0]);

        assertThat(store.list("datasets/A/")).containsExactly("datasets/A/1/z", "datasets/A/2/y");
        assertThat(store.list("nothing/")).isEmpty();
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        ObjectStore store = new LocalFolderObjectStore(root);
        for (int i = 0; i < 20; i++) {
            store.put("state/A/project.json", ("v" + i).getBytes(UTF_8));
        }
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(root.resolve("state/A/project.json"));
        }
    }

    @Test
    void missingKeysReadAsEmptyAndDeleteQuietly() {
        ObjectStore store = new LocalFolderObjectStore(root);
        assertThat(store.get("state/none")).isEmpty();
        store.delete("state/none");
        assertThat(store.exists("state/none")).isFalse();
    }

    @Test
    void refusesKeysThatWouldEscapeItsFolder() {
        ObjectStore store = new LocalFolderObjectStore(root.resolve("objects"));
        assertThatThrownBy(() -> store.put("../outside", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
