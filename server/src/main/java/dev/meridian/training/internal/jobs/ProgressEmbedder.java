package dev.meridian.training.internal.jobs;

import dev.meridian.ml.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedding phase of training, seen from the job: texts go to the encoder in batches, each batch moves the
 * progress between {@code from} and {@code to} percent and is a point where a cancel takes effect.
 */
final class ProgressEmbedder implements Embedder {

    private final Embedder delegate;
    private final Trainer.Progress progress;
    private final int batch;
    private final int expected;
    private final int from;
    private final int to;
    private int done;

    ProgressEmbedder(Embedder delegate, Trainer.Progress progress, int batch, int expected, int from, int to) {
        this.delegate = delegate;
        this.progress = progress;
        this.batch = Math.max(1, batch) * 4;
        this.expected = Math.max(1, expected);
        this.from = from;
        this.to = to;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        var vectors = new ArrayList<float[]>(texts.size());
        for (int start = 0; start < texts.size(); start += batch) {
            progress.checkpoint();
            vectors.addAll(delegate.embed(texts.subList(start, Math.min(texts.size(), start + batch))));
            done += Math.min(batch, texts.size() - start);
            int percent = from + (int) ((long) (to - from) * Math.min(done, expected) / expected);
            progress.report(percent, null);
        }
        return vectors;
    }
}
