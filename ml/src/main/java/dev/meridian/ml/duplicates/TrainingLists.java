package dev.meridian.ml.duplicates;

import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.text.IssueProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Training lists for the ranker: for each issue with known duplicates (each link read both ways), its duplicates and
 * the candidates that compete with them, namely the top of each first-stage signal plus a few random ones.
 */
final class TrainingLists {

    private static final int HARD_PER_SIGNAL = 25;
    private static final int RANDOM = 15;
    private static final int[] RANK_COLUMNS = {2, 5, 17, 20};

    private TrainingLists() {
    }

    record Lists(List<double[][]> rows, List<boolean[]> relevant) {
    }

    static Lists of(CandidateIndex index, Collection<DuplicateLink> links) {
        return of(index, links, query -> PairFeatures.of(query, index));
    }

    static Lists of(CandidateIndex index, Collection<DuplicateLink> links,
                       Function<IssueProfile, PairFeatures.Candidates> featurize) {
        var random = new Random(11);
        var rows = new ArrayList<double[][]>();
        var relevant = new ArrayList<boolean[]>();
        for (var entry : symmetric(links).entrySet()) {
            IssueProfile query = index.profile(entry.getKey());
            if (query == null) {
                continue;
            }
            var candidates = featurize.apply(query);
            var positives = new ArrayList<Integer>();
            for (int i = 0; i < candidates.issues().size(); i++) {
                if (entry.getValue().contains(candidates.issues().get(i).key())) {
                    positives.add(i);
                }
            }
            if (positives.isEmpty()) {
                continue;
            }
            var chosen = new ArrayList<>(positives);
            chosen.addAll(negatives(candidates, positives, random));
            rows.add(chosen.stream().map(i -> candidates.rows()[i]).toArray(double[][]::new));
            var flags = new boolean[chosen.size()];
            for (int i = 0; i < positives.size(); i++) {
                flags[i] = true;
            }
            relevant.add(flags);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No duplicate link has both issues in the index");
        }
        return new Lists(rows, relevant);
    }

    private static Map<String, Set<String>> symmetric(Collection<DuplicateLink> links) {
        var duplicatesOf = new HashMap<String, Set<String>>();
        for (DuplicateLink link : links) {
            duplicatesOf.computeIfAbsent(link.issueKey(), k -> new HashSet<>()).add(link.duplicateKey());
            duplicatesOf.computeIfAbsent(link.duplicateKey(), k -> new HashSet<>()).add(link.issueKey());
        }
        return new java.util.TreeMap<>(duplicatesOf);
    }

    private static List<Integer> negatives(PairFeatures.Candidates candidates, List<Integer> positives, Random random) {
        var chosen = new LinkedHashSet<Integer>();
        int n = candidates.issues().size();
        for (int column : RANK_COLUMNS) {
            for (int i = 0; i < n; i++) {
                // the rank feature is -ln(1 + rank): rank < HARD_PER_SIGNAL  <=>  value > -ln(1 + HARD_PER_SIGNAL)
                if (candidates.rows()[i][column] > -Math.log1p(HARD_PER_SIGNAL)) {
                    chosen.add(i);
                }
            }
        }
        for (int k = 0; k < RANDOM && n > 0; k++) {
            chosen.add(random.nextInt(n));
        }
        chosen.removeAll(positives);
        return new ArrayList<>(chosen);
    }
}
