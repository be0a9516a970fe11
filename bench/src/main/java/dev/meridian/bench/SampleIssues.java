package dev.meridian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * Realistic issue text: summaries, descriptions and priorities of real Apache Hadoop issues, reused in turn.
 * Data: the GitBugs dataset, Avinash Patil, arXiv:2504.09651, CC BY 4.0.
 */
final class SampleIssues {

    private static final List<String> TYPES = List.of("Bug", "Bug", "Bug", "Task", "Task", "Story");
    private static final List<String> LABELS = List.of("backend", "build", "performance", "security", "docs", "flaky-test");
    private static final int DESCRIPTION_MAX_BYTES = 60_000;
    private static final Pattern MARKUP_BLOCK = Pattern.compile("(?s)\\{(code|noformat)[^}]*}.*?\\{\\1}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n");
    private static final Pattern NOT_PROSE = Pattern.compile("https?://|[{}|\\[\\]<>=]");

    private final List<Sample> samples;
    private final List<String> sentences;

    private SampleIssues(List<Sample> samples, List<String> sentences) {
        this.samples = samples;
        this.sentences = sentences;
    }

    static SampleIssues load(Path csv) throws IOException {
        var samples = new ArrayList<Sample>();
        var sentences = new ArrayList<String>();
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (var record : parser) {
                var summary = record.get("Summary").replaceAll("\\s+", " ").trim();
                if (!summary.isEmpty()) {
                    samples.add(new Sample(cut(summary, 255), fitted(record.get("Description")), priority(record.get("Priority"))));
                }
                addSentences(record.get("Description"), sentences);
            }
        }
        if (samples.isEmpty()) {
            throw new IOException("No issues in " + csv);
        }
        return new SampleIssues(samples, sentences);
    }

    int size() {
        return samples.size();
    }

    /** The fields of {@code POST /api/v1/issues} for the i-th issue. */
    Map<String, Object> newIssue(String project, int i) {
        var sample = sample(i);
        var fields = new LinkedHashMap<String, Object>();
        fields.put("project", project);
        fields.put("type", TYPES.get(i % TYPES.size()));
        fields.put("summary", sample.summary());
        fields.put("description", sample.description());
        fields.put("priority", sample.priority());
        fields.put("labels", List.of(LABELS.get(i % LABELS.size())));
        return fields;
    }

    Sample sample(int i) {
        return samples.get(i % samples.size());
    }

    /** Prose sentences of the descriptions (no code, logs or links), to compose new text from. */
    List<String> sentences() {
        return sentences;
    }

    record Sample(String summary, String description, String priority) {
    }

    private static String priority(String hadoop) {
        return switch (hadoop) {
            case "Blocker" -> "Highest";
            case "Critical" -> "High";
            case "Minor" -> "Low";
            case "Trivial" -> "Lowest";
            default -> "Medium";
        };
    }

    private static void addSentences(String description, List<String> sentences) {
        for (var sentence : SENTENCE_END.split(MARKUP_BLOCK.matcher(description).replaceAll(" "))) {
            var text = sentence.replaceAll("\\s+", " ").trim();
            if (text.length() >= 30 && text.length() <= 300 && !NOT_PROSE.matcher(text).find() && mostlyWords(text)) {
                sentences.add(text);
            }
        }
    }

    private static boolean mostlyWords(String text) {
        long letters = text.chars().filter(c -> Character.isLetter(c) || c == ' ').count();
        return letters >= text.length() * 0.85;
    }

    private static String fitted(String description) {
        var text = description;
        while (text.getBytes(StandardCharsets.UTF_8).length > DESCRIPTION_MAX_BYTES) {
            text = text.substring(0, text.length() * 3 / 4);
        }
        return text;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
