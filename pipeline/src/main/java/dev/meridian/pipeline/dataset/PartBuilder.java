package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.anonymize.Redactions;
import dev.meridian.pipeline.event.ChangeEvent;
import dev.meridian.pipeline.event.Json;
import dev.meridian.pipeline.records.BedrockRules;
import dev.meridian.pipeline.records.FeedbackRecord;
import dev.meridian.pipeline.records.IssueDocument;
import dev.meridian.pipeline.records.Task;
import dev.meridian.pipeline.records.TrainingExample;
import dev.meridian.pipeline.records.TrainingRecords;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shards of one part: conversations (a Bedrock file), documents (for the local trainer) and rejects (each with
 * its reason). The part id comes from the event ids, so a batch redelivered as it was rewrites the same objects.
 */
final class PartBuilder {

    record Factory(BedrockRules rules) {
        PartBuilder start(String project, List<ChangeEvent> events) {
            return new PartBuilder(project, events, rules);
        }
    }

    private final String project;
    private final List<ChangeEvent> events;
    private final BedrockRules rules;
    private final TrainingRecords records = new TrainingRecords();
    private final List<Object> conversations = new ArrayList<>();
    private final List<Object> documents = new ArrayList<>();
    private final List<Object> rejects = new ArrayList<>();
    private final List<ShardIndex.Line> conversationIndex = new ArrayList<>();
    private final List<ShardIndex.Line> documentIndex = new ArrayList<>();
    private final List<ShardIndex.Line> deletions = new ArrayList<>();
    private final List<Object> feedback = new ArrayList<>();
    private final List<ShardIndex.Line> feedbackIndex = new ArrayList<>();
    private final Map<Task, Integer> recordsByTask = new EnumMap<>(Task.class);

    private PartBuilder(String project, List<ChangeEvent> events, BedrockRules rules) {
        this.project = project;
        this.events = events;
        this.rules = rules;
    }

    void add(IssueState state) {
        if (state.deleted()) {
            deletions.add(new ShardIndex.Line(state.key(), null, state.version()));
            return;
        }
        if (state.issue() == null) {
            return;
        }
        for (TrainingExample example : records.examples(state.issue(), state.liveComments())) {
            Optional<String> violation = rules.violation(example.conversation());
            if (violation.isPresent()) {
                rejects.add(new Reject(violation.get(), example.task(), state.key(), state.version(), example.conversation()));
            } else {
                conversations.add(example.conversation());
                conversationIndex.add(new ShardIndex.Line(state.key(), example.task(), state.version()));
                recordsByTask.merge(example.task(), 1, Integer::sum);
            }
        }
        IssueDocument document = records.document(state.issue(), state.liveComments(), state.liveLinks());
        if (document.text().isBlank()) {
            rejects.add(new Reject("document has no text", Task.DOCUMENT, state.key(), state.version(), document));
        } else {
            documents.add(document);
            documentIndex.add(new ShardIndex.Line(state.key(), Task.DOCUMENT, state.version()));
            recordsByTask.merge(Task.DOCUMENT, 1, Integer::sum);
        }
    }

    /** A rated answer (anonymized), at the outbox id of its rating; rated up, it is also a conversation record. */
    void add(FeedbackRecord rated, long version) {
        feedback.add(rated);
        feedbackIndex.add(new ShardIndex.Line(rated.recordKey(), Task.FEEDBACK, version));
        recordsByTask.merge(Task.FEEDBACK, 1, Integer::sum);
        records.answerExample(rated).ifPresent(conversation -> {
            Optional<String> violation = rules.violation(conversation);
            if (violation.isPresent()) {
                rejects.add(new Reject(violation.get(), Task.ASSISTANT_ANSWER, rated.recordKey(), version, conversation));
            } else {
                conversations.add(conversation);
                conversationIndex.add(new ShardIndex.Line(rated.recordKey(), Task.ASSISTANT_ANSWER, version));
                recordsByTask.merge(Task.ASSISTANT_ANSWER, 1, Integer::sum);
            }
        });
    }

    /** Writes the shards, then the index that commits them; returns the keys written. */
    List<String> writeTo(ObjectStore store, Redactions redactions) {
        if (conversations.isEmpty() && documents.isEmpty() && rejects.isEmpty() && deletions.isEmpty() && feedback.isEmpty()) {
            return List.of();
        }
        List<Long> eventIds = events.stream().map(ChangeEvent::eventId).sorted().toList();
        String partId = String.format("%019d-%s", eventIds.get(0), Hashes.sha256(eventIds.stream().map(String::valueOf)
                .collect(Collectors.joining(",")).getBytes(StandardCharsets.UTF_8)).substring(0, 8));
        String date = events.stream().map(ChangeEvent::occurredAt).max(Comparator.naturalOrder()).orElseThrow()
                .atZone(ZoneOffset.UTC).toLocalDate().toString();
        Map<String, List<Object>> shards = new LinkedHashMap<>();
        shards.put("conversation", conversations);
        shards.put("document", documents);
        shards.put("rejects", rejects);
        shards.put("feedback", feedback);
        List<String> written = new ArrayList<>();
        shards.forEach((kind, lines) -> {
            if (!lines.isEmpty()) {
                String key = DatasetKeys.shard(project, date, kind, partId);
                store.put(key, Jsonl.write(lines));
                written.add(key);
            }
        });
        String index = DatasetKeys.index(project, date, partId);
        store.put(index, Json.MAPPER.writeValueAsBytes(new ShardIndex(project, date, partId, eventIds, conversationIndex,
                documentIndex, rejects.size(), deletions, redactions.asMap(), feedbackIndex)));
        written.add(index);
        return written;
    }

    Map<Task, Integer> recordsByTask() {
        return Map.copyOf(recordsByTask);
    }

    int rejected() {
        return rejects.size();
    }

    /** A line of the rejects file: the record as it would have been written, and why it was not. */
    record Reject(String reason, Task task, String issueKey, long version, Object record) {
    }
}
