package dev.meridian.pipeline.anonymize;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/** Texts with planted personal data ({@code {{TYPE|value}}}) and text that must survive ({@code <<value>>}). */
record LabelledSample(String text, List<Planted> planted, List<String> kept) {

    record Planted(RedactionType type, String value) {
    }

    private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z_0-9]+)\\|(.+?)}}|<<(.+?)>>");
    private static final List<Pattern> PROTECTED_IN_REAL_TEXT = List.of(
            Pattern.compile("\\b[A-Z][A-Z0-9]+-\\d+\\b"),
            Pattern.compile("(?<![\\w.])\\d+\\.\\d+\\.\\d+(?!\\w|\\.\\d)"),
            Pattern.compile("\\b(?:org|com|java|javax|sun)\\.[a-z][\\w$]*(?:\\.[\\w$]+)+(?:\\([\\w$]+\\.java:\\d+\\))?"),
            Pattern.compile("(?<![\\w@./-])[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)*:\\d{2,5}\\b"));

    static LabelledSample parse(String line) {
        List<Planted> planted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Matcher mark = MARK.matcher(line);
        StringBuilder text = new StringBuilder();
        while (mark.find()) {
            String value = mark.group(3) != null ? mark.group(3) : mark.group(2);
            if (mark.group(3) != null) {
                kept.add(value);
            } else {
                planted.add(new Planted(RedactionType.valueOf(mark.group(1)), value));
            }
            mark.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        mark.appendTail(text);
        return new LabelledSample(text.toString(), planted, kept);
    }

    static List<LabelledSample> plantedLines() throws IOException {
        return Files.readAllLines(resource("planted.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(LabelledSample::parse)
                .toList();
    }

    /** Each real Hadoop issue with one planted line put in the middle of its description. */
    static List<LabelledSample> hadoopWithPlantedLines(List<LabelledSample> plants) throws IOException {
        List<LabelledSample> samples = new ArrayList<>();
        List<String> issues = hadoopTexts();
        for (int i = 0; i < issues.size(); i++) {
            String real = issues.get(i);
            LabelledSample plant = plants.get(i % plants.size());
            int middle = real.indexOf('\n', real.length() / 2);
            int at = middle < 0 ? real.length() : middle;
            List<String> kept = new ArrayList<>(plant.kept());
            PROTECTED_IN_REAL_TEXT.forEach(pattern -> pattern.matcher(real).results().forEach(m -> kept.add(m.group())));
            samples.add(new LabelledSample(real.substring(0, at) + "\n" + plant.text() + "\n" + real.substring(at),
                    plant.planted(), kept));
        }
        return samples;
    }

    static List<String> hadoopTexts() throws IOException {
        try (Reader reader = Files.newBufferedReader(resource("hadoop-sample.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).stream()
                    .map(row -> row.get("Summary") + "\n" + row.get("Description"))
                    .toList();
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(LabelledSample.class.getResource("/anonymize/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int occurrences(String text, String value) {
        int count = 0;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            count++;
        }
        return count;
    }
}
