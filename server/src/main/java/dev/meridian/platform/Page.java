package dev.meridian.platform;

import java.util.List;
import java.util.function.Function;

/** The one pagination shape of the API: zero-based page, its size, the total, and the items. */
public record Page<T>(int page, int size, long total, List<T> items) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(page, size, total, items.stream().map(mapper).toList());
    }
}
