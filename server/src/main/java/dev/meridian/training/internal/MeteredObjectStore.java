package dev.meridian.training.internal;

import dev.meridian.pipeline.store.ObjectStore;
import io.micrometer.core.instrument.Counter;
import java.util.List;
import java.util.Optional;

/** Counts the bytes the pipeline writes ({@code meridian_pipeline_bytes_written_total}, before any encryption). */
final class MeteredObjectStore implements ObjectStore {

    private final ObjectStore store;
    private final Counter written;

    MeteredObjectStore(ObjectStore store, Counter written) {
        this.store = store;
        this.written = written;
    }

    @Override
    public void put(String key, byte[] content) {
        store.put(key, content);
        written.increment(content.length);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return store.get(key);
    }

    @Override
    public List<String> list(String prefix) {
        return store.list(prefix);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    @Override
    public boolean exists(String key) {
        return store.exists(key);
    }
}
