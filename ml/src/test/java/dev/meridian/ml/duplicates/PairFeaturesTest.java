package dev.meridian.ml.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairFeaturesTest {

    @Test
    void rankFeatureTableHoldsMinusLog1pOfEveryRankAsItGrows() {
        var small = PairFeatures.rankFeatures(3);
        var large = PairFeatures.rankFeatures(5_000);

        assertThat(small.length).isGreaterThanOrEqualTo(3);
        assertThat(large.length).isGreaterThanOrEqualTo(5_000);
        for (int rank = 0; rank < 5_000; rank++) {
            assertThat(large[rank]).isEqualTo(-Math.log1p(rank));
        }
    }
}
