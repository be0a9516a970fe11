package dev.meridian.ml.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.ml.Embedder;
import dev.meridian.ml.HashingEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingEmbedderTest {

    private final List<String> seen = new ArrayList<>();
    private final Embedder counting = new Embedder() {
        private final HashingEmbedder inner = new HashingEmbedder();

        public String name() {
            return inner.name();
        }

        public int dimension() {
            return inner.dimension();
        }

        public List<float[]> embed(List<String> texts) {
            seen.addAll(texts);
            return inner.embed(texts);
        }
    };

    @Test
    void embedsEachDistinctTextOnceAcrossRestarts(@TempDir Path dir) {
        var file = dir.resolve("cache.bin");
        var first = new CachingEmbedder(counting, file).embed(List.of("a b", "c d", "a b"));

        var second = new CachingEmbedder(counting, file).embed(List.of("c d", "a b"));

        assertThat(seen).containsExactly("a b", "c d");
        assertThat(second.get(1)).isEqualTo(first.get(0));
    }
}
