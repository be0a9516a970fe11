package dev.meridian.training.internal.inference;

import dev.meridian.ml.Embedder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sentence vectors kept in PostgreSQL by SHA-256 of (encoder name, text): a text is embedded once per database, so
 * retraining, rebuilding an index after a restart, or another server of the same database, embed only new texts.
 * Missing texts reach the encoder in batches and are stored after each batch.
 */
public final class PostgresEmbeddingCache implements Embedder {

    private final Embedder encoder;
    private final JdbcClient jdbc;
    private final int batch;
    /** The texts of the last few requests (a draft is embedded once for triage and once for duplicates). */
    private final Map<ByteKey, float[]> recent = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteKey, float[]> eldest) {
            return size() > 1_000;
        }
    };
    private static final int RECENT_BATCH = 8;

    public PostgresEmbeddingCache(Embedder encoder, JdbcClient jdbc, int batch) {
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.batch = Math.max(1, batch);
    }

    @Override
    public String name() {
        return encoder.name();
    }

    @Override
    public int dimension() {
        return encoder.dimension();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        var hashes = texts.stream().map(this::hash).toList();
        var found = new HashMap<ByteKey, float[]>();
        synchronized (recent) {
            hashes.forEach(h -> {
                var v = recent.get(h);
                if (v != null) {
                    found.put(h, v);
                }
            });
        }
        if (found.size() < hashes.size()) {
            found.putAll(stored(hashes.stream().filter(h -> !found.containsKey(h)).distinct().toList()));
        }
        var missing = new LinkedHashMap<ByteKey, String>();
        for (int i = 0; i < texts.size(); i++) {
            if (!found.containsKey(hashes.get(i))) {
                missing.putIfAbsent(hashes.get(i), texts.get(i));
            }
        }
        var keys = new ArrayList<>(missing.keySet());
        for (int start = 0; start < keys.size(); start += batch) {
            var part = keys.subList(start, Math.min(keys.size(), start + batch));
            var vectors = encoder.embed(part.stream().map(missing::get).toList());
            var rows = new ArrayList<Object[]>();
            for (int i = 0; i < part.size(); i++) {
                found.put(part.get(i), vectors.get(i));
                rows.add(new Object[] {part.get(i).bytes(), name(), bytes(vectors.get(i))});
            }
            store(rows);
        }
        if (texts.size() <= RECENT_BATCH) {
            synchronized (recent) {
                found.forEach(recent::put);
            }
        }
        return hashes.stream().map(found::get).toList();
    }

    private Map<ByteKey, float[]> stored(List<ByteKey> hashes) {
        var found = new HashMap<ByteKey, float[]>();
        for (int start = 0; start < hashes.size(); start += 1_000) {
            var part = hashes.subList(start, Math.min(hashes.size(), start + 1_000));
            jdbc.sql("select text_hash, vector from embedding_cache where text_hash = any(?)")
                    .param(part.stream().map(ByteKey::bytes).toArray(byte[][]::new))
                    .query((rs, n) -> found.put(new ByteKey(rs.getBytes(1)), floats(rs.getBytes(2)))).list();
        }
        return found;
    }

    /** One statement (one commit) per batch: a draft's two texts used to cost two commits per suggestion request. */
    private void store(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var values = String.join(", ", java.util.Collections.nCopies(rows.size(), "(?, ?, ?)"));
        jdbc.sql("insert into embedding_cache (text_hash, encoder, vector) values " + values + " on conflict do nothing")
                .params(rows.stream().flatMap(java.util.Arrays::stream).toList()).update();
    }

    private ByteKey hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return new ByteKey(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(float[] vector) {
        var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        var vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    /** A hash with value equality, to key maps by. */
    private record ByteKey(byte[] bytes) {

        @Override
        public boolean equals(Object o) {
            return o instanceof ByteKey other && java.util.Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }
    }
}
