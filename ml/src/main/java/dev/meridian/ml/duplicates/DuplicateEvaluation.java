package dev.meridian.ml.duplicates;

import dev.meridian.ml.DuplicateLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Ranks every other issue for each known duplicate query and reports where the first true duplicate landed.
 * Features are computed once per query and shared by all scorers and folds, which makes cross-validation cheap.
 */
public final class DuplicateEvaluation {

    private final CandidateIndex index;
    private final Map<String, PairFeatures.Candidates> features = new HashMap<>();

    public DuplicateEvaluation(CandidateIndex index) {
        this.index = index;
    }

    public RankingMetrics bm25(List<DuplicateQuery> queries) {
        return evaluate(queries, row -> row[0]);
    }

    /** Reciprocal rank fusion (k = 60) of full-text BM25 and both sentence-vector similarities: no training at all. */
    public RankingMetrics fusion(List<DuplicateQuery> queries) {
        return evaluate(queries, row -> reciprocal(row[2]) + reciprocal(row[17]) + reciprocal(row[20]));
    }

    /** Any single signal's value column, to see what each one contributes on its own. */
    public RankingMetrics signal(List<DuplicateQuery> queries, String name) {
        int column = PairFeatures.SIGNALS.indexOf(name) * 3;
        return evaluate(queries, row -> row[column]);
    }

    public RankingMetrics of(DuplicateRanker ranker, List<DuplicateQuery> queries) {
        return evaluateLists(queries, ranker::scores);
    }

    public RankingMetrics trained(List<DuplicateQuery> trainOn, List<DuplicateQuery> testOn) {
        return evaluateLists(testOn, train(trainOn)::scores);
    }

    /**
     * k-fold cross-validation over all queries, repeated with differently shuffled folds and averaged (one split of
     * 126 queries moves Recall@1 by a few points); a query and its reverse (A→B, B→A) always share a fold.
     */
    public RankingMetrics crossValidated(List<DuplicateQuery> queries, int folds, int repeats) {
        return crossValidated(queries, folds, repeats, DuplicateRanker.TREES);
    }

    /** The same with other tree settings (null: the linear ranker alone), to choose them on training pairs only. */
    public RankingMetrics crossValidated(List<DuplicateQuery> queries, int folds, int repeats,
                                         dev.meridian.ml.learn.BoostedTrees.Options trees) {
        var runs = new ArrayList<RankingMetrics>();
        for (int repeat = 0; repeat < repeats; repeat++) {
            var fold = folds(queries, folds, new Random(repeat));
            var ranks = new ArrayList<Integer>();
            for (int f = 0; f < folds; f++) {
                var train = new ArrayList<DuplicateQuery>();
                var test = new ArrayList<DuplicateQuery>();
                for (DuplicateQuery query : queries) {
                    (fold.get(query.issueKey()) == f ? test : train).add(query);
                }
                var ranker = train(train, trees);
                test.forEach(query -> ranks.add(rank(query, ranker::scores)));
            }
            runs.add(RankingMetrics.of(ranks));
        }
        return RankingMetrics.mean(runs);
    }

    public DuplicateRanker train(List<DuplicateQuery> queries) {
        return train(queries, DuplicateRanker.TREES);
    }

    private DuplicateRanker train(List<DuplicateQuery> queries, dev.meridian.ml.learn.BoostedTrees.Options trees) {
        var links = queries.stream()
                .flatMap(q -> q.duplicates().stream().map(d -> new DuplicateLink(q.issueKey(), d)))
                .toList();
        return DuplicateRanker.fit(TrainingLists.of(index, links, query -> candidates(query.key())), trees);
    }

    RankingMetrics evaluate(List<DuplicateQuery> queries, ToDoubleFunction<double[]> scorer) {
        return evaluateLists(queries, rows -> {
            var scores = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                scores[i] = scorer.applyAsDouble(rows[i]);
            }
            return scores;
        });
    }

    private RankingMetrics evaluateLists(List<DuplicateQuery> queries, Function<double[][], double[]> scorer) {
        return RankingMetrics.of(queries.stream().map(query -> rank(query, scorer)).toList());
    }

    private int rank(DuplicateQuery query, Function<double[][], double[]> scorer) {
        var candidates = candidates(query.issueKey());
        if (candidates == null) {
            return 0;
        }
        var scores = scorer.apply(candidates.rows());
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (query.duplicates().contains(candidates.issues().get(i).key())) {
                best = Math.max(best, scores[i]);
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        int rank = 1;
        for (double score : scores) {
            // ties count against the duplicate, so a constant scorer cannot look good
            rank += score >= best ? 1 : 0;
        }
        return rank - 1;
    }

    private PairFeatures.Candidates candidates(String key) {
        return features.computeIfAbsent(key, k -> {
            var profile = index.profile(k);
            return profile == null ? null : PairFeatures.of(profile, index);
        });
    }

    private static double reciprocal(double rankFeature) {
        double rank = Math.expm1(-rankFeature);
        return 1 / (60 + rank);
    }

    private static Map<String, Integer> folds(List<DuplicateQuery> queries, int folds, Random random) {
        var groups = new UnionFind();
        queries.forEach(q -> q.duplicates().forEach(d -> groups.union(q.issueKey(), d)));
        var components = new HashMap<String, java.util.TreeSet<String>>();
        queries.forEach(q -> components.computeIfAbsent(groups.find(q.issueKey()), r -> new java.util.TreeSet<>())
                .add(q.issueKey()));
        // named by their smallest key, so the folds do not depend on the (unordered) sets' iteration order
        var byName = new TreeMap<String, List<String>>();
        components.values().forEach(members -> byName.put(members.first(), new ArrayList<>(members)));
        var shuffled = new ArrayList<>(byName.values());
        java.util.Collections.shuffle(shuffled, random);
        var fold = new HashMap<String, Integer>();
        int next = 0;
        for (var members : shuffled) {
            int f = next++ % folds;
            members.forEach(key -> fold.put(key, f));
        }
        return fold;
    }

    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String key) {
            var p = parent.getOrDefault(key, key);
            if (p.equals(key)) {
                return key;
            }
            var root = find(p);
            parent.put(key, root);
            return root;
        }

        void union(String a, String b) {
            var ra = find(a);
            var rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
    }

}
