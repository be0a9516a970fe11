package dev.meridian.training.internal;

import dev.meridian.events.Outbox;
import dev.meridian.issues.IssueImages;
import dev.meridian.pipeline.queue.Queue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-emits every issue of a project, with its comments, to the changes queue: a page of issues at a time, one small
 * message per issue or comment, so any worker batch (a Lambda's included) stays within its time budget. The messages
 * are change events with fresh outbox ids, taken while the page is share-locked: a change committed before the page is
 * in it, one committed after gets a higher id, so the worker never lets the backfill roll a newer change back. They go
 * straight to the queue, not through the outbox: nothing changed, so live screens are not told anything.
 * {@link BackfillJobs} runs it in the background, page by page.
 */
@Component
class Backfill {

    static final int PAGE = 100;

    private final IssueImages images;
    private final Outbox outbox;
    private final Queue queue;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    Backfill(IssueImages images, Outbox outbox, Queue queue, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.images = images;
        this.outbox = outbox;
        this.queue = queue;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** What one page sent: {@code issues == 0} once the project has no issue after {@code afterId}. */
    record Sent(long lastIssueId, int issues, int comments, int messages) {
    }

    private record Page(List<String> messages, long lastIssueId, int issues, int comments) {
    }

    /** Sends the issues after {@code afterId} (one page) with their comments, and says how far it got. */
    Sent next(String projectKey, long afterId) {
        Page page = transactions.execute(status -> page(projectKey, afterId));
        if (page == null || page.issues() == 0) {
            return new Sent(afterId, 0, 0, 0);
        }
        queue.sendAll(page.messages());
        return new Sent(page.lastIssueId(), page.issues(), page.comments(), page.messages().size());
    }

    int issues(String projectKey) {
        return images.count(projectKey);
    }

    private Page page(String projectKey, long afterId) {
        List<IssueImages.Image> page = images.page(projectKey, afterId, PAGE);
        if (page.isEmpty()) {
            return new Page(List.of(), afterId, 0, 0);
        }
        int comments = page.stream().mapToInt(image -> image.comments().size()).sum();
        Iterator<Long> ids = outbox.reserveIds(page.size() + comments).iterator();
        String at = clock.instant().toString();
        List<String> messages = new ArrayList<>(page.size() + comments);
        for (IssueImages.Image image : page) {
            var issue = image.issue();
            messages.add(message(ids.next(), "issue.updated", "issue", issue.key(), projectKey, at, issue));
            image.comments().forEach(comment -> messages.add(message(ids.next(), "comment.updated", "comment",
                    String.valueOf(comment.id()), projectKey, at, comment)));
        }
        return new Page(messages, page.get(page.size() - 1).issue().id(), page.size(), comments);
    }

    /** The pipeline's change-event contract, as the relay writes it. */
    private String message(long eventId, String type, String aggregateType, String aggregateId, String projectKey, String at,
            Object payload) {
        var event = new LinkedHashMap<String, Object>();
        event.put("eventId", eventId);
        event.put("type", type);
        event.put("aggregateType", aggregateType);
        event.put("aggregateId", aggregateId);
        event.put("projectKey", projectKey);
        event.put("occurredAt", at);
        event.put("payload", payload);
        return json.writeValueAsString(event);
    }
}
