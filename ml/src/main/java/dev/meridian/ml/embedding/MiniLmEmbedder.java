package dev.meridian.ml.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.meridian.ml.Embedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions), run in-process by ONNX Runtime; the weights come from the
 * LangChain4j Maven artifact, so nothing is downloaded. Texts are cut to {@link #MAX_CHARS}: the model was trained
 * on 128-token inputs and LangChain4j averages windows of longer ones, which costs time and blurs the vector.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {

    public static final int MAX_CHARS = 1_000;
    private static final int BATCH = 64;

    private final ExecutorService workers;
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEmbedder(int threads) {
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, "minilm-embedder");
            thread.setDaemon(true);
            return thread;
        });
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(workers);
    }

    /**
     * Loads the model. DJL (the tokenizer's native library) and JNA unpack native code into caches that default to
     * the user's home and the JVM temp dir; they are pointed into {@code cacheDir} unless already set.
     */
    public static MiniLmEmbedder load(Path cacheDir, int threads) {
        setIfAbsent("DJL_CACHE_DIR", cacheDir.resolve("djl").toString());
        setIfAbsent("jna.tmpdir", cacheDir.resolve("jna").toString());
        return new MiniLmEmbedder(Math.max(1, threads));
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null && System.getenv(property) == null) {
            System.setProperty(property, value);
        }
    }

    @Override
    public String name() {
        return "all-minilm-l6-v2-q@langchain4j-1.19.0-beta29";
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        var vectors = new ArrayList<float[]>(texts.size());
        for (int start = 0; start < texts.size(); start += BATCH) {
            var segments = texts.subList(start, Math.min(texts.size(), start + BATCH)).stream()
                    .map(MiniLmEmbedder::segment)
                    .toList();
            model.embedAll(segments).content().forEach(embedding -> vectors.add(embedding.vector()));
        }
        return vectors;
    }

    private static TextSegment segment(String text) {
        var cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return TextSegment.from(cut.isBlank() ? "(empty)" : cut);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
