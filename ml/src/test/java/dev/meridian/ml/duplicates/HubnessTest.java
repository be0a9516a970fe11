package dev.meridian.ml.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HubnessTest {

    @Test
    void averagesSimilarityToNearestNeighboursAndFollowsAdditions() {
        var hubness = new Hubness();
        hubness.put(0, new float[] {1, 0});
        hubness.put(1, new float[] {0, 1});

        assertThat(hubness.of(0)).isZero();

        hubness.put(2, new float[] {0.6f, 0.8f});

        assertThat(hubness.of(0)).isCloseTo((0 + 0.6) / 2, within(1e-6));
        assertThat(hubness.of(2)).isCloseTo((0.6 + 0.8) / 2, within(1e-6));
    }

    @Test
    void reverseRankIsWhereAQueryStandsAmongTheCandidatesOwnNeighboursAgainstBruteForce() {
        var random = new java.util.Random(5);
        var vectors = new float[80][];
        var hubness = new Hubness();
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = new float[] {random.nextFloat() - 0.5f, random.nextFloat() - 0.5f, random.nextFloat() - 0.5f};
            hubness.put(i, vectors[i]);
        }
        for (int candidate = 0; candidate < vectors.length; candidate += 7) {
            for (int query = 0; query < vectors.length; query += 3) {
                if (query == candidate) {
                    continue;
                }
                double similarity = dev.meridian.ml.learn.Vectors.dot(vectors[query], vectors[candidate]);
                int closer = 0;
                for (int other = 0; other < vectors.length; other++) {
                    if (other != candidate && dev.meridian.ml.learn.Vectors.dot(vectors[other], vectors[candidate])
                            > similarity) {
                        closer++;
                    }
                }
                assertThat(hubness.reverseRank(candidate, similarity)).isEqualTo(Math.min(closer, Hubness.KEPT));
            }
        }
    }
}
