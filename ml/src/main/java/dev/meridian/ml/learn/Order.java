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
        sort(values, order, new int[n], 0, n);
        return order;
    }

    /** Stable merge sort of {@code order[from, to)}; a left element wins ties. */
    private static void sort(double[] values, int[] order, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int item = order[i];
                int j = i - 1;
                while (j >= from && Double.compare(values[order[j]], values[item]) < 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = item;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(values, order, buffer, from, middle);
        sort(values, order, buffer, middle, to);
        if (Double.compare(values[order[middle - 1]], values[order[middle]]) >= 0) {
            return;
        }
        System.arraycopy(order, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || (left < middle && Double.compare(values[buffer[left]], values[buffer[right]]) >= 0)) {
                order[k] = buffer[left++];
            } else {
                order[k] = buffer[right++];
            }
        }
    }
}
