package dev.meridian.training.internal.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.ml.Embedder;
import dev.meridian.support.MeridianTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@MeridianTest
class PostgresEmbeddingCacheTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesEveryTextOfABatchSoAnotherServerEmbedsOnlyNewOnes() {
        var stamp = UUID.randomUUID().toString();
        var texts = List.of("DataNode fails " + stamp, "Balancer typo " + stamp, "NameNode hangs " + stamp);
        var first = new Counting();
        var vectors = new PostgresEmbeddingCache(first, jdbc, 2).embed(texts);

        var second = new Counting();
        var again = new PostgresEmbeddingCache(second, jdbc, 2).embed(List.of(texts.get(2), texts.get(0), "New " + stamp));

        assertThat(first.seen).containsExactlyElementsOf(texts);
        assertThat(second.seen).containsExactly("New " + stamp);
        assertThat(again.get(0)).containsExactly(vectors.get(2));
        assertThat(again.get(1)).containsExactly(vectors.get(0));
        assertThat(again.get(2)).containsExactly(Counting.vector("New " + stamp));
    }

    /** A stand-in encoder whose vectors depend on the text, recording what it was asked to embed. */
    static final class Counting implements Embedder {
        final List<String> seen = new ArrayList<>();

        static float[] vector(String text) {
            return new float[] {text.length(), text.hashCode() % 1000, 1.5f};
        }

        @Override
        public String name() {
            return "counting-test-encoder";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            seen.addAll(texts);
            return texts.stream().map(Counting::vector).toList();
        }
    }
}
