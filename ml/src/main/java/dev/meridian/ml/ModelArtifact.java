package dev.meridian.ml;

import dev.meridian.ml.duplicates.DuplicateRanker;
import dev.meridian.ml.triage.TriageModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The on-disk form of a {@link LocalModel}: a zip with {@code model.properties} (metadata, readable without loading
 * weights) and {@code weights.bin} (vocabulary, IDF, triage heads, ranker, as exact doubles). Written to a temporary
 * file and moved, so a crash never leaves half an artifact under the final name.
 */
final class ModelArtifact {

    private static final String METADATA = "model.properties";
    private static final String WEIGHTS = "weights.bin";

    private ModelArtifact() {
    }

    static void write(Path file, ModelMetadata metadata, TriageModel triage, DuplicateRanker ranker) throws IOException {
        var partial = file.resolveSibling(file.getFileName() + ".partial");
        try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            zip.putNextEntry(new ZipEntry(METADATA));
            zip.write(properties(metadata).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(WEIGHTS));
            var out = new DataOutputStream(zip);
            out.writeUTF(ModelMetadata.FORMAT);
            triage.writeTo(out);
            ranker.writeTo(out);
            out.flush();
            zip.closeEntry();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static ModelMetadata readMetadata(Path file) throws IOException {
        try (var zip = open(file)) {
            seek(zip, METADATA, file);
            return metadata(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static LocalModel read(Path file) throws IOException {
        var metadata = readMetadata(file);
        try (var zip = open(file)) {
            seek(zip, WEIGHTS, file);
            var in = new DataInputStream(zip);
            var format = in.readUTF();
            if (!format.equals(ModelMetadata.FORMAT)) {
                throw new IOException(file + " is " + format + ", expected " + ModelMetadata.FORMAT
                        + ": it was trained by an older version with other features; train the project again");
            }
            return new LocalModel(metadata, TriageModel.readFrom(in), DuplicateRanker.readFrom(in));
        }
    }

    private static ZipInputStream open(Path file) throws IOException {
        return new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)));
    }

    private static void seek(ZipInputStream zip, String name, Path file) throws IOException {
        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().equals(name)) {
                return;
            }
        }
        throw new IOException(file + " has no " + name);
    }

    private static String properties(ModelMetadata m) throws IOException {
        var p = new Properties();
        p.setProperty("format", ModelMetadata.FORMAT);
        p.setProperty("version", m.version());
        p.setProperty("parentVersion", m.parentVersion());
        p.setProperty("mode", m.mode());
        p.setProperty("embedder", m.embedder());
        p.setProperty("dataChecksum", m.dataChecksum());
        p.setProperty("issues", Integer.toString(m.issues()));
        p.setProperty("duplicateLinks", Integer.toString(m.duplicateLinks()));
        p.setProperty("trainedAt", m.trainedAt().toString());
        p.setProperty("trainingMillis", Long.toString(m.trainingMillis()));
        m.metrics().forEach((name, value) -> p.setProperty("metric." + name, Double.toString(value)));
        var text = new StringWriter();
        p.store(text, "Meridian local model");
        return text.toString();
    }

    private static ModelMetadata metadata(String text) throws IOException {
        var p = new Properties();
        p.load(new StringReader(text));
        var metrics = new HashMap<String, Double>();
        p.stringPropertyNames().stream().filter(n -> n.startsWith("metric."))
                .forEach(n -> metrics.put(n.substring("metric.".length()), Double.parseDouble(p.getProperty(n))));
        return new ModelMetadata(p.getProperty("version"), p.getProperty("parentVersion"), p.getProperty("mode"),
                p.getProperty("embedder"), p.getProperty("dataChecksum"), Integer.parseInt(p.getProperty("issues")),
                Integer.parseInt(p.getProperty("duplicateLinks")), Instant.parse(p.getProperty("trainedAt")),
                Long.parseLong(p.getProperty("trainingMillis")), metrics);
    }

}
