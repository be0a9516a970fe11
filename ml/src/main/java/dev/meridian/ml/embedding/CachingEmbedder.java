package dev.meridian.ml.embedding;

import dev.meridian.ml.Embedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers vectors by SHA-256 of the text, in memory and optionally in one file, so re-running an evaluation or
 * retraining embeds only texts it has not seen. Only missing texts reach the wrapped encoder, in one batch.
 */
public final class CachingEmbedder implements Embedder {

    private final Embedder delegate;
    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();

    public CachingEmbedder(Embedder delegate, Path file) {
        this.delegate = delegate;
        this.file = file;
        if (file != null && Files.exists(file)) {
            read();
        }
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
    public synchronized List<float[]> embed(List<String> texts) {
        var missing = new LinkedHashMap<String, String>();
        for (String text : texts) {
            var hash = hash(text);
            if (!vectors.containsKey(hash)) {
                missing.putIfAbsent(hash, text);
            }
        }
        if (!missing.isEmpty()) {
            var computed = delegate.embed(new ArrayList<>(missing.values()));
            int i = 0;
            for (String hash : missing.keySet()) {
                vectors.put(hash, computed.get(i++));
            }
            if (file != null) {
                write();
            }
        }
        return texts.stream().map(text -> vectors.get(hash(text))).toList();
    }

    private String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(delegate.name().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (var in = new DataInputStream(Files.newInputStream(file))) {
            int count = in.readInt();
            int dimension = in.readInt();
            for (int i = 0; i < count; i++) {
                var hash = in.readUTF();
                var vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(hash, vector);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable embedding cache " + file, e);
        }
    }

    private void write() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var partial = file.resolveSibling(file.getFileName() + ".tmp");
            try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(partial)))) {
                out.writeInt(vectors.size());
                out.writeInt(delegate.dimension());
                for (var entry : vectors.entrySet()) {
                    out.writeUTF(entry.getKey());
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write embedding cache " + file, e);
        }
    }
}
