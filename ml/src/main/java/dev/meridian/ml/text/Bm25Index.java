package dev.meridian.ml.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over one text field, scored exhaustively: a query returns a score for every document slot, which is
 * what both the baseline and the ranker's features need. Same formula and defaults as Lucene's BM25Similarity
 * ({@code idf = ln(1 + (N - n + 0.5) / (n + 0.5))}, k1 = 1.2, b = 0.75); each distinct query term counts once.
 * Postings are primitive arrays and document lengths an array by slot, because scoring runs on every similar-issue
 * request over every posting of the query's terms. Mutable so a live index can follow edits; not thread-safe for writes.
 */
public final class Bm25Index {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, Postings> postings = new HashMap<>();
    private final Map<Integer, List<String>> documents = new HashMap<>();
    private int[] lengths = new int[16];
    private long totalLength;
    private int slots;

    public void put(int slot, List<String> terms) {
        remove(slot);
        documents.put(slot, List.copyOf(terms));
        totalLength += terms.size();
        slots = Math.max(slots, slot + 1);
        if (slot >= lengths.length) {
            lengths = Arrays.copyOf(lengths, Math.max(slot + 1, lengths.length * 2));
        }
        lengths[slot] = terms.size();
        for (String term : terms) {
            postings.computeIfAbsent(term, t -> new Postings()).count(slot);
        }
    }

    public void remove(int slot) {
        var old = documents.remove(slot);
        if (old == null) {
            return;
        }
        totalLength -= old.size();
        lengths[slot] = 0;
        for (String term : new LinkedHashSet<>(old)) {
            var docs = postings.get(term);
            docs.remove(slot);
            if (docs.size == 0) {
                postings.remove(term);
            }
        }
    }

    public int size() {
        return documents.size();
    }

    public double idf(String term) {
        var docs = postings.get(term);
        return idf(docs == null ? 0 : docs.size);
    }

    private double idf(int n) {
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
            double idf = idf(docs.size);
            for (int p = 0; p < docs.size; p++) {
                int slot = docs.slots[p];
                int tf = docs.counts[p];
                int length = lengths[slot];
                double norm = K1 * (1 - B + B * length / averageLength);
                scores[slot] += idf * tf * (K1 + 1) / (tf + norm);
            }
        }
        return scores;
    }

    /** The documents holding one term and how often; a document's terms are counted one after another. */
    private static final class Postings {
        int[] slots = new int[2];
        int[] counts = new int[2];
        int size;

        void count(int slot) {
            if (size > 0 && slots[size - 1] == slot) {
                counts[size - 1]++;
                return;
            }
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            slots[size] = slot;
            counts[size] = 1;
            size++;
        }

        void remove(int slot) {
            for (int p = 0; p < size; p++) {
                if (slots[p] == slot) {
                    size--;
                    slots[p] = slots[size];
                    counts[p] = counts[size];
                    return;
                }
            }
        }
    }
}
