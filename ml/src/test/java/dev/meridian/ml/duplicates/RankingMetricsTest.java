package dev.meridian.ml.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void computesRecallAtKAndMrrFromFirstRelevantRanks() {
        var metrics = RankingMetrics.of(List.of(1, 3, 7, 12, 0));

        assertThat(metrics.recallAt1()).isEqualTo(0.2);
        assertThat(metrics.recallAt5()).isEqualTo(0.4);
        assertThat(metrics.recallAt10()).isEqualTo(0.6);
        assertThat(metrics.mrr()).isCloseTo((1 + 1 / 3.0 + 1 / 7.0 + 1 / 12.0) / 5, within(1e-12));
    }
}
