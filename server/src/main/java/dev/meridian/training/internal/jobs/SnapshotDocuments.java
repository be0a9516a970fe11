package dev.meridian.training.internal.jobs;

import dev.meridian.ml.DuplicateLink;
import dev.meridian.ml.IssueDocument;
import dev.meridian.pipeline.dataset.Jsonl;
import dev.meridian.pipeline.event.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The document records ({@code meridian-document-1}, one per issue) of a sealed dataset snapshot, as the local model
 * reads them. The record's text is the summary, the description and then each comment as {@code "Person-…: body"};
 * the model learns from summary and description only, as it is later asked about them (drafts and live issues have no
 * comments). Fields are turned into the model's field names ({@code component} is the first of {@code components} by
 * name, as the issues module reads it); an assignee or reporter pseudonym becomes the member's display name through
 * {@code people}, and one that maps to nobody is left out.
 */
record SnapshotDocuments(List<IssueDocument> documents, List<DuplicateLink> links, Map<String, String> lines,
        int unknownPeople) {

    static final List<String> FILES = List.of("documents-train.jsonl", "documents-validation.jsonl");
    private static final Pattern COMMENT_START = Pattern.compile("\n\n(Person-[0-9a-f]{8}|null): ");
    /** As the issues module lists them: by creation, then by number. */
    private static final Comparator<IssueDocument> OLDEST_FIRST = Comparator.comparing(IssueDocument::created,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparingLong(d -> number(d.key()));
    private static final Set<String> PEOPLE = Set.of("assignee", "reporter");
    private static final Map<String, String> FIRST_OF = Map.of("component", "components", "label", "labels",
            "affectsVersion", "affectsVersions", "fixVersion", "fixVersions");

    /** {@code lines}: each issue key's record line as the snapshot holds it, to tell new and changed records. */
    static Map<String, String> lines(TrainingData data, String projectKey, String snapshotId) {
        var lines = new LinkedHashMap<String, String>();
        for (var file : FILES) {
            var content = data.read(projectKey, snapshotId, file).orElseThrow(() -> new Trainer.Refused("Dataset snapshot "
                    + snapshotId + " of " + projectKey + " has no " + file + " any more; run a full training on a new snapshot"));
            Jsonl.lines(content).forEach(line -> lines.put(record(line).issueKey(), line));
        }
        return lines;
    }

    static SnapshotDocuments read(TrainingData data, String projectKey, String snapshotId, List<String> fields,
            Map<String, String> people) {
        var lines = lines(data, projectKey, snapshotId);
        var documents = new ArrayList<IssueDocument>();
        var duplicates = new ArrayList<DuplicateLink>();
        var unknown = new java.util.HashSet<String>();
        for (var line : lines.values()) {
            var record = record(line);
            documents.add(document(record, fields, people, unknown));
            for (var link : list(record.fields().get("links"))) {
                if (link instanceof Map<?, ?> l && "Duplicate".equalsIgnoreCase(String.valueOf(l.get("type")))
                        && "outward".equals(l.get("direction")) && lines.containsKey(String.valueOf(l.get("issueKey")))) {
                    duplicates.add(new DuplicateLink(record.issueKey(), String.valueOf(l.get("issueKey"))));
                }
            }
        }
        documents.sort(OLDEST_FIRST);
        return new SnapshotDocuments(List.copyOf(documents), List.copyOf(duplicates), lines, unknown.size());
    }

    private static dev.meridian.pipeline.records.IssueDocument record(String line) {
        return Json.MAPPER.readValue(line, dev.meridian.pipeline.records.IssueDocument.class);
    }

    private static IssueDocument document(dev.meridian.pipeline.records.IssueDocument record, List<String> fields,
            Map<String, String> people, Set<String> unknown) {
        var values = new LinkedHashMap<String, String>();
        for (var field : fields) {
            var value = value(record.fields(), field);
            if (value != null && PEOPLE.contains(field)) {
                if (!people.containsKey(value)) {
                    unknown.add(value);
                }
                value = people.get(value);
            }
            values.put(field, value == null ? "" : value);
        }
        var text = record.text() == null ? "" : record.text();
        int summaryEnd = text.indexOf("\n\n") < 0 ? text.length() : text.indexOf("\n\n");
        int commentsStart = commentsStart(text, summaryEnd, number(record.fields().get("commentCount")));
        var description = commentsStart <= summaryEnd ? "" : text.substring(Math.min(summaryEnd + 2, commentsStart), commentsStart);
        var created = record.fields().get("createdAt");
        return new IssueDocument(record.issueKey(), text.substring(0, summaryEnd), description.strip(),
                created == null ? null : Instant.parse(created.toString()), values);
    }

    /** Where the last {@code comments} comments begin (the text's end when there are none). */
    private static int commentsStart(String text, int from, int comments) {
        if (comments == 0) {
            return text.length();
        }
        var starts = COMMENT_START.matcher(text).results().mapToInt(m -> m.start()).filter(i -> i >= from).toArray();
        return starts.length < comments ? text.length() : starts[starts.length - comments];
    }

    private static String value(Map<String, Object> fields, String field) {
        var source = FIRST_OF.get(field);
        if (source == null) {
            var value = fields.get(field);
            return value == null || value.toString().isBlank() ? null : value.toString();
        }
        var values = list(fields.get(source)).stream().map(String::valueOf).filter(v -> !v.isBlank());
        return ("component".equals(field) ? values.sorted() : values).findFirst().orElse(null);
    }

    private static Collection<?> list(Object value) {
        return value instanceof Collection<?> c ? c : List.of();
    }

    private static long number(String key) {
        var digits = key.substring(key.lastIndexOf('-') + 1);
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Long.parseLong(digits) : 0;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    /** Keys of the records that are new or differ from {@code before}'s. */
    Set<String> changedSince(Map<String, String> before) {
        return lines.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
