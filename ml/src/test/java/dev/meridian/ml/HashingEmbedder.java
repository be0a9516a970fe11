package dev.meridian.ml;

import java.util.List;
import java.util.Locale;

/** A deterministic stand-in for the sentence encoder: hashed bag of lower-cased words, unit length. */
public final class HashingEmbedder implements Embedder {

    private static final int DIMENSION = 64;

    @Override
    public String name() {
        return "hashing-64";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return texts.stream().map(HashingEmbedder::vector).toList();
    }

    private static float[] vector(String text) {
        var v = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length && norm > 0; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
