package dev.meridian.ml.duplicates;

import dev.meridian.ml.learn.Order;
import dev.meridian.ml.text.IssueProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Features of (query, candidate) pairs, for all candidates of one query at once. Each similarity signal enters three
 * times: its value, its z-score among this query's candidates, and its rank among them. The last two matter because
 * a BM25 score of 40 means little on its own; standing far above the other candidates of the same query is what
 * marks a duplicate, and rank is what fusing signals by reciprocal rank exploits. Then: filing-time closeness, a
 * shared affects-version, and closeness times textual similarity (duplicates are mostly filed within weeks of each
 * other, but only closeness among textually similar candidates means anything).
 */
final class PairFeatures {

    static final List<String> SIGNALS = List.of("bm25.full", "bm25.summary", "bm25.summary>full", "bm25.full>summary",
            "bm25.identifiers", "cosine.summary", "cosine.full", "cosine.summary>full", "cosine.full>summary",
            "bm25.keyterms", "csls.full", "csls.summary");
    private static final int KEY_TERMS = 25;
    /** After the signals' columns: closeness, shared version, and the two closeness products. */
    private static final int BASE = SIGNALS.size() * 3 + 4;
    /** Then reverse and mutual ranks of both sentence cosines (see {@link #reverse}). */
    static final List<String> EXTRA = List.of("reverse.cosine.full", "reverse.cosine.summary",
            "mutual.cosine.full", "mutual.cosine.summary");
    static final int WIDTH = BASE + EXTRA.size();
    /** Names every column group, written with a ranker so that a model trained on other features is refused. */
    static final String LAYOUT = String.join(",", SIGNALS) + ";" + String.join(",", EXTRA);

    private PairFeatures() {
    }

    /** Candidates exclude the query itself (by key) and deleted slots. */
    static Candidates of(IssueProfile query, CandidateIndex index) {
        synchronized (index) {
            var slots = candidateSlots(query, index);
            var signals = signals(query, index, slots);
            var rows = new double[slots.length][WIDTH];
            for (int s = 0; s < signals.length; s++) {
                describe(signals[s], s < 5 || s == 9, rows, s * 3);
            }
            var candidates = new ArrayList<IssueProfile>(slots.length);
            var queryVersions = query.versions();
            for (int i = 0; i < slots.length; i++) {
                var candidate = index.profiles.get(slots[i]);
                candidates.add(candidate);
                double closeness = closeness(query, candidate);
                rows[i][BASE - 4] = closeness;
                rows[i][BASE - 3] = sharesVersion(queryVersions, index.versions.get(slots[i])) ? 1 : 0;
                // filed close in time matters only among textually close candidates: a product, not a sum
                double near = Math.exp(closeness / 4);
                rows[i][BASE - 2] = near * Math.max(0, rows[i][1]);
                rows[i][BASE - 1] = near * Math.max(0, rows[i][6 * 3 + 1]);
                reverse(rows[i], index.fullHubness.reverseRank(slots[i], signals[6][i]), 6 * 3 + 2, BASE, BASE + 2);
                reverse(rows[i], index.summaryHubness.reverseRank(slots[i], signals[5][i]), 5 * 3 + 2, BASE + 1,
                        BASE + 3);
            }
            return new Candidates(candidates, rows);
        }
    }

    /**
     * Reverse rank: where the query would stand among the candidate's own nearest neighbours (a duplicate is usually
     * near the top both ways, while a hub is near everything but has closer neighbours of its own). Mutual rank: the
     * worse of forward and reverse rank. Both as {@code -log1p(rank)}, from similarities alone (no labels).
     */
    private static void reverse(double[] row, int reverseRank, int forwardColumn, int reverseColumn,
                                int mutualColumn) {
        double reverse = rankFeatures(Hubness.KEPT + 1)[reverseRank];
        row[reverseColumn] = reverse;
        row[mutualColumn] = Math.min(reverse, row[forwardColumn]);
    }

    private static int[] candidateSlots(IssueProfile query, CandidateIndex index) {
        var slots = new int[index.profiles.size()];
        int count = 0;
        for (int s = 0; s < slots.length; s++) {
            var profile = index.profiles.get(s);
            if (profile != null && !profile.key().equals(query.key())) {
                slots[count++] = s;
            }
        }
        return Arrays.copyOf(slots, count);
    }

    private static double[][] signals(IssueProfile query, CandidateIndex index, int[] slots) {
        var all = new double[][] {
                index.fullTexts.scores(query.fullTerms()),
                index.summaries.scores(query.summaryTerms()),
                index.fullTexts.scores(query.summaryTerms()),
                index.summaries.scores(query.fullTerms()),
                index.identifiers.scores(query.identifiers()),
                index.fullTexts.scores(keyTerms(query.fullTerms(), index)),
        };
        var signals = new double[SIGNALS.size()][slots.length];
        for (int i = 0; i < slots.length; i++) {
            int slot = slots[i];
            for (int s = 0; s < all.length; s++) {
                signals[s][i] = slot < all[s].length ? all[s][slot] : 0;
            }
            var c = index.profiles.get(slot);
            crossDots(query.summaryVector(), query.fullVector(), c.summaryVector(), c.fullVector(), signals, i);
            signals[9][i] = slot < all[5].length ? all[5][slot] : 0;
            signals[10][i] = 2 * signals[6][i] - index.fullHubness.of(slot);
            signals[11][i] = 2 * signals[5][i] - index.summaryHubness.of(slot);
        }
        return signals;
    }

    /**
     * The four cosines of a pair in one pass: four independent sums, each in the order {@code Vectors.dot} adds, so
     * the values are bit for bit the same while the processor overlaps the four dependency chains.
     */
    private static void crossDots(float[] qs, float[] qf, float[] cs, float[] cf, double[][] signals, int i) {
        double summary = 0;
        double full = 0;
        double summaryFull = 0;
        double fullSummary = 0;
        for (int d = 0; d < qs.length; d++) {
            summary += qs[d] * cs[d];
            full += qf[d] * cf[d];
            summaryFull += qs[d] * cf[d];
            fullSummary += qf[d] * cs[d];
        }
        signals[5][i] = summary;
        signals[6][i] = full;
        signals[7][i] = summaryFull;
        signals[8][i] = fullSummary;
    }

    static List<String> keyTerms(List<String> terms, CandidateIndex index) {
        var tf = new java.util.HashMap<String, Integer>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        return tf.keySet().stream()
                .sorted(Comparator.comparingDouble((String t) -> -Math.sqrt(tf.get(t)) * index.fullTexts.idf(t)))
                .limit(KEY_TERMS)
                .toList();
    }

    private static void describe(double[] values, boolean relativeToBest, double[][] rows, int column) {
        int n = values.length;
        double max = Arrays.stream(values).max().orElse(0);
        double mean = Arrays.stream(values).average().orElse(0);
        double variance = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(0);
        double sd = variance > 1e-12 ? Math.sqrt(variance) : 1;
        var order = Order.descending(values);
        var rankFeature = rankFeatures(n);
        for (int rank = 0; rank < n; rank++) {
            rows[order[rank]][column + 2] = rankFeature[rank];
        }
        for (int i = 0; i < n; i++) {
            rows[i][column] = relativeToBest ? (max > 0 ? values[i] / max : 0) : values[i];
            rows[i][column + 1] = (values[i] - mean) / sd;
        }
    }

    /** {@code -log1p(rank)} for ranks 0..n-1, computed once and grown as the index grows (12 lookups per candidate). */
    private static volatile double[] rankFeatures = new double[0];

    static double[] rankFeatures(int n) {
        var table = rankFeatures;
        if (table.length < n) {
            table = new double[Math.max(n, table.length * 2)];
            for (int rank = 0; rank < table.length; rank++) {
                table[rank] = -Math.log1p(rank);
            }
            rankFeatures = table;
        }
        return table;
    }

    private static double closeness(IssueProfile a, IssueProfile b) {
        if (a.created() == null || b.created() == null) {
            return 0;
        }
        double days = Math.abs(Duration.between(a.created(), b.created()).toHours()) / 24.0;
        return -Math.log1p(days);
    }

    private static boolean sharesVersion(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String version : a) {
            if (b.contains(version)) {
                return true;
            }
        }
        return false;
    }

    record Candidates(List<IssueProfile> issues, double[][] rows) {
    }
}
