package dev.meridian.pipeline.store;

import java.util.List;
import java.util.Optional;

/**
 * Where training data lives: a flat namespace of keys ({@code datasets/HADOOP/2026-11-25/part.jsonl}) mapped to
 * bytes. Every write replaces the whole object; readers never see a partly written object.
 */
public interface ObjectStore {

    void put(String key, byte[] content);

    Optional<byte[]> get(String key);

    /** Keys starting with {@code prefix}, in lexicographic order. */
    List<String> list(String prefix);

    /** Deleting a missing key is not an error. */
    void delete(String key);

    default boolean exists(String key) {
        return get(key).isPresent();
    }
}
