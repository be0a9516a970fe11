package dev.meridian.ml;

import java.util.List;

/**
 * A sentence encoder: texts in, unit-length vectors out, in the same order. Implementations batch internally;
 * callers should pass many texts at once. The server may wrap one to cache vectors by text hash.
 */
public interface Embedder {

    /** Identifies the encoder and its weights; an artifact trained with one encoder refuses another. */
    String name();

    int dimension();

    List<float[]> embed(List<String> texts);

    default float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }
}
