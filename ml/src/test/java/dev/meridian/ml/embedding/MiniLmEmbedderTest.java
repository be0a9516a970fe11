package dev.meridian.ml.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.meridian.ml.learn.Vectors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    @Test
    void placesParaphrasesCloserThanUnrelatedReportsWithTheShippedWeights() {
        try (var embedder = MiniLmEmbedder.load(Path.of("target", "ml-cache"), 2)) {
            var v = embedder.embed(List.of("NameNode crashes on startup", "The namenode fails when it starts",
                    "Fix typo in the S3A documentation"));

            assertThat(v).allSatisfy(vector -> assertThat(vector).hasSize(384));
            assertThat(Vectors.dot(v.get(0), v.get(0))).isCloseTo(1.0, within(1e-3));
            assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(Vectors.dot(v.get(0), v.get(2)) + 0.2);
        }
    }
}
