package dev.meridian.training.internal;

import dev.meridian.pipeline.store.ForwardingObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import io.micrometer.core.instrument.Counter;

/** Counts the bytes the pipeline writes ({@code meridian_pipeline_written_bytes_total}, before any encryption). */
final class MeteredObjectStore extends ForwardingObjectStore {

    private final Counter written;

    MeteredObjectStore(ObjectStore store, Counter written) {
        super(store);
        this.written = written;
    }

    @Override
    public void put(String key, byte[] content) {
        super.put(key, content);
        written.increment(content.length);
    }
}
