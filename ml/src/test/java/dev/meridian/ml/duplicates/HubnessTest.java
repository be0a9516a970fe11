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
}
