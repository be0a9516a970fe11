package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.anonymize.RedactionType;
import dev.meridian.pipeline.records.Task;
import java.util.List;
import java.util.Map;

/**
 * Written after a part's shards, it commits them: a shard without its index is an interrupted write and is never
 * sealed. Line {@code i} of the conversation shard is {@code conversations.get(i)}; {@code version} is the newest
 * outbox id behind the issue state the line was built from.
 */
record ShardIndex(String project, String date, String partId, List<Long> eventIds, List<Line> conversations,
                  List<Line> documents, int rejects, List<Line> deletedIssues, Map<RedactionType, Long> redactions,
                  List<Line> feedback) {

    ShardIndex {
        feedback = feedback == null ? List.of() : feedback; // parts written before feedback records existed
    }

    /** Every line that competes for its key's newest version: conversations, documents and feedback. */
    List<Line> versionedLines() {
        List<Line> lines = new java.util.ArrayList<>(conversations);
        lines.addAll(documents);
        lines.addAll(feedback);
        return lines;
    }

    /** {@code issueKey}: the issue the line is about, or a feedback record's {@code recordKey()}. */
    record Line(String issueKey, Task task, long version) {
    }
}
