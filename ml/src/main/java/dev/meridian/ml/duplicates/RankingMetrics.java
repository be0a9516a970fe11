package dev.meridian.ml.duplicates;

import java.util.List;

/**
 * Recall@k and mean reciprocal rank from the 1-based rank of the first relevant result per query;
 * a query whose duplicate was not ranked at all has rank 0 and counts as a miss everywhere.
 */
public record RankingMetrics(int queries, double recallAt1, double recallAt5, double recallAt10, double mrr) {

    /** The average of several evaluations of the same queries (for repeated cross-validation). */
    public static RankingMetrics mean(List<RankingMetrics> runs) {
        return new RankingMetrics(runs.get(0).queries(),
                runs.stream().mapToDouble(RankingMetrics::recallAt1).average().orElse(0),
                runs.stream().mapToDouble(RankingMetrics::recallAt5).average().orElse(0),
                runs.stream().mapToDouble(RankingMetrics::recallAt10).average().orElse(0),
                runs.stream().mapToDouble(RankingMetrics::mrr).average().orElse(0));
    }

    public static RankingMetrics of(List<Integer> firstRelevantRanks) {
        int n = firstRelevantRanks.size();
        double r1 = 0;
        double r5 = 0;
        double r10 = 0;
        double mrr = 0;
        for (int rank : firstRelevantRanks) {
            if (rank <= 0) {
                continue;
            }
            r1 += rank <= 1 ? 1 : 0;
            r5 += rank <= 5 ? 1 : 0;
            r10 += rank <= 10 ? 1 : 0;
            mrr += 1.0 / rank;
        }
        return new RankingMetrics(n, r1 / n, r5 / n, r10 / n, mrr / n);
    }
}
