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
                  List<Line> documents, int rejects, List<Line> deletedIssues, Map<RedactionType, Long> redactions) {

    record Line(String issueKey, Task task, long version) {
    }
}
