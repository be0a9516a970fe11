package dev.meridian.ml.learn;

/**
 * Positions of an array's values from the largest down, equal values in their original order: what a stable sort of
 * boxed indices by {@code Double.compare} gives, without boxing (the ranker sorts every candidate list a dozen
 * times per request).
 */
public final class Order {

    private Order() {
    }

    public static int[] descending(double[] values) {
        int n = values.length;
        var order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        var keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(values[i]);
        }
        sort(keys, order, new int[n], 0, n);
        return order;
    }

    /**
     * A long that orders as {@code Double.compare} orders doubles (-0.0 below 0.0, NaN above +Infinity): the bits,
     * with all but the sign flipped for negative numbers.
     */
    static long key(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** Stable merge sort of {@code order[from, to)}; a left element wins ties. */
    private static void sort(long[] keys, int[] order, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int item = order[i];
                int j = i - 1;
                while (j >= from && keys[order[j]] < keys[item]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = item;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(keys, order, buffer, from, middle);
        sort(keys, order, buffer, middle, to);
        if (keys[order[middle - 1]] >= keys[order[middle]]) {
            return;
        }
        System.arraycopy(order, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || (left < middle && keys[buffer[left]] >= keys[buffer[right]])) {
                order[k] = buffer[left++];
            } else {
                order[k] = buffer[right++];
            }
        }
    }
}
