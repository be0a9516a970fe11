package dev.meridian.ml.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms a model reads as lexical features, with their IDF at training time; fixed once trained, so a warm start
 * keeps it (terms first seen in new records are not added until a full retraining).
 */
public final class Vocabulary {

    private static final int MIN_DOCUMENTS = 3;

    private final List<String> terms;
    private final double[] idf;
    private final Map<String, Integer> positions = new HashMap<>();

    Vocabulary(List<String> terms, double[] idf) {
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        for (int i = 0; i < terms.size(); i++) {
            positions.put(terms.get(i), i);
        }
    }

    public int size() {
        return terms.size();
    }

    public static Vocabulary of(List<List<String>> documents, int maxTerms) {
        var df = new HashMap<String, Integer>();
        for (List<String> document : documents) {
            document.stream().distinct().forEach(term -> df.merge(term, 1, Integer::sum));
        }
        var terms = df.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_DOCUMENTS && e.getValue() < documents.size() / 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(maxTerms)
                .map(Map.Entry::getKey)
                .sorted(Comparator.naturalOrder())
                .toList();
        var idf = new double[terms.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log((1.0 + documents.size()) / (1.0 + df.get(terms.get(i)))) + 1;
        }
        return new Vocabulary(terms, idf);
    }

    /** Sublinear TF-IDF, L2-normalized. */
    public double[] tfIdf(List<String> document) {
        var tf = new HashMap<Integer, Integer>();
        for (String term : document) {
            Integer i = positions.get(term);
            if (i != null) {
                tf.merge(i, 1, Integer::sum);
            }
        }
        var vector = new double[terms.size()];
        double norm = 0;
        for (var entry : tf.entrySet()) {
            double value = (1 + Math.log(entry.getValue())) * idf[entry.getKey()];
            vector[entry.getKey()] = value;
            norm += value * value;
        }
        if (norm > 0) {
            double length = Math.sqrt(norm);
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= length;
            }
        }
        return vector;
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            out.writeUTF(terms.get(i));
            out.writeDouble(idf[i]);
        }
    }

    public static Vocabulary readFrom(DataInput in) throws IOException {
        int size = in.readInt();
        var terms = new String[size];
        var idf = new double[size];
        for (int i = 0; i < size; i++) {
            terms[i] = in.readUTF();
            idf[i] = in.readDouble();
        }
        return new Vocabulary(List.of(terms), idf);
    }
}
