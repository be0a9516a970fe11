package dev.meridian.ml.duplicates;

import dev.meridian.ml.learn.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Some issues are near everything ("hubs": short, generic reports) and crowd the top of every list. Subtracting each
 * candidate's mean similarity to its nearest neighbours (CSLS, Conneau et al. 2018) ranks by how unusually close the
 * pair is rather than how close the candidate is to anything. Kept incrementally: adding an issue costs one pass over
 * the others; an edit or removal leaves the old vector's similarities in others' lists until rebuilt (a small drift).
 */
final class Hubness {

    private static final int NEIGHBOURS = 10;
    /** Kept beyond the mean's 10 so a reverse rank ("where would the query stand among the candidate's own
     * neighbours") can be read up to this depth. */
    static final int KEPT = 30;

    private final List<float[]> vectors = new ArrayList<>();
    private final List<double[]> nearest = new ArrayList<>();

    void put(int slot, float[] vector) {
        while (vectors.size() <= slot) {
            vectors.add(null);
            nearest.add(empty());
        }
        vectors.set(slot, vector);
        var own = empty();
        for (int other = 0; other < vectors.size(); other++) {
            if (other == slot || vectors.get(other) == null) {
                continue;
            }
            double similarity = Vectors.dot(vector, vectors.get(other));
            offer(own, similarity);
            offer(nearest.get(other), similarity);
        }
        nearest.set(slot, own);
    }

    void remove(int slot) {
        vectors.set(slot, null);
    }

    /** Mean similarity of the slot's issue to its nearest neighbours (0 while it has none). */
    double of(int slot) {
        double sum = 0;
        int count = 0;
        var top = nearest.get(slot);
        for (int i = 0; i < NEIGHBOURS; i++) {
            double similarity = top[i];
            if (similarity != Double.NEGATIVE_INFINITY) {
                sum += similarity;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /**
     * How many of the slot's nearest neighbours are strictly closer to it than {@code similarity}, capped at
     * {@link #KEPT}: the rank a query with that similarity takes in the candidate's own neighbour list. The query itself,
     * when indexed, sits in that list with exactly this similarity and so does not count.
     */
    int reverseRank(int slot, double similarity) {
        var top = nearest.get(slot);
        if (similarity < top[top.length - 1]) {
            return top.length; // most candidates: farther than all the kept neighbours
        }
        int rank = 0;
        while (rank < top.length && top[rank] > similarity) {
            rank++;
        }
        return rank;
    }

    private static double[] empty() {
        var top = new double[KEPT];
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
        return top;
    }

    /** Keeps the array sorted descending; the smallest of the top falls off. */
    private static void offer(double[] top, double similarity) {
        if (similarity <= top[top.length - 1]) {
            return;
        }
        int i = top.length - 1;
        while (i > 0 && top[i - 1] < similarity) {
            top[i] = top[i - 1];
            i--;
        }
        top[i] = similarity;
    }
}
