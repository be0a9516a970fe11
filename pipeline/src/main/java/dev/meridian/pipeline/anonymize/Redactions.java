package dev.meridian.pipeline.anonymize;

import java.util.EnumMap;
import java.util.Map;

/** Counts of redactions by type; not thread-safe, one per batch. */
public final class Redactions {

    private final Map<RedactionType, Long> counts = new EnumMap<>(RedactionType.class);

    public void count(RedactionType type) {
        counts.merge(type, 1L, Long::sum);
    }

    public void addAll(Redactions other) {
        other.counts.forEach((type, n) -> counts.merge(type, n, Long::sum));
    }

    public long of(RedactionType type) {
        return counts.getOrDefault(type, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<RedactionType, Long> asMap() {
        return Map.copyOf(counts);
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
