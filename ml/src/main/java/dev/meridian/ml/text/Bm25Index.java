package dev.meridian.ml.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over one text field, scored exhaustively: a query returns a score for every document slot, which is
 * what both the baseline and the ranker's features need. Same formula and defaults as Lucene's BM25Similarity
 * ({@code idf = ln(1 + (N - n + 0.5) / (n + 0.5))}, k1 = 1.2, b = 0.75); each distinct query term counts once.
 * Mutable so a live index can follow edits; not thread-safe for writes.
 */
public final class Bm25Index {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();
    private final Map<Integer, List<String>> documents = new HashMap<>();
    private long totalLength;
    private int slots;

    public void put(int slot, List<String> terms) {
        remove(slot);
        documents.put(slot, List.copyOf(terms));
        totalLength += terms.size();
        slots = Math.max(slots, slot + 1);
        for (String term : terms) {
            postings.computeIfAbsent(term, t -> new HashMap<>()).merge(slot, 1, Integer::sum);
        }
    }

    public void remove(int slot) {
        var old = documents.remove(slot);
        if (old == null) {
            return;
        }
        totalLength -= old.size();
        for (String term : new LinkedHashSet<>(old)) {
            var docs = postings.get(term);
            docs.remove(slot);
            if (docs.isEmpty()) {
                postings.remove(term);
            }
        }
    }

    public int size() {
        return documents.size();
    }

    public double idf(String term) {
        int n = postings.getOrDefault(term, Map.of()).size();
        int total = documents.size();
        return Math.log(1 + (total - n + 0.5) / (n + 0.5));
    }

    /** Scores indexed by slot (length = highest slot + 1); empty slots score 0. */
    public double[] scores(List<String> queryTerms) {
        double[] scores = new double[slots];
        if (documents.isEmpty()) {
            return scores;
        }
        double averageLength = (double) totalLength / documents.size();
        for (String term : new LinkedHashSet<>(queryTerms)) {
            var docs = postings.get(term);
            if (docs == null) {
                continue;
            }
            double idf = idf(term);
            for (var posting : docs.entrySet()) {
                int tf = posting.getValue();
                int length = documents.get(posting.getKey()).size();
                double norm = K1 * (1 - B + B * length / averageLength);
                scores[posting.getKey()] += idf * tf * (K1 + 1) / (tf + norm);
            }
        }
        return scores;
    }
}
