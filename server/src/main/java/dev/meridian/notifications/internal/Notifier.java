package dev.meridian.notifications.internal;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.events.Outbox;
import dev.meridian.issues.IssueHistory;
import dev.meridian.issues.IssueKey;
import dev.meridian.issues.IssuePeople;
import dev.meridian.issues.Watchers;
import dev.meridian.notifications.Notification;
import dev.meridian.projects.Member;
import dev.meridian.projects.ProjectMembers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows the outbox, as live updates do, and tells people about each committed change. Its place in the outbox is
 * kept in the database and locked while a batch is told, so with several servers one of them tells each change, once,
 * and a restart picks up where it stopped. Each new notification is itself a change event naming its recipient, which
 * the live stream sends to that person alone, and is queued for email unless its recipient turned that off.
 */
@Component
class Notifier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final String CURSOR = "notifications";
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final NotificationStore store;
    private final Watchers watchers;
    private final IssueHistory history;
    private final ProjectWatchers projectWatchers;
    private final ProjectMembers members;
    private final ChangeEvents events;
    private final EmailChoices choices;
    private final MailQueue mail;
    private final boolean emails;
    private final JsonMapper json;
    private final long intervalMs;
    private ScheduledExecutorService thread;

    Notifier(Outbox outbox, JdbcClient jdbc, TransactionTemplate transaction, NotificationStore store, Watchers watchers,
            IssueHistory history, ProjectWatchers projectWatchers, ProjectMembers members, ChangeEvents events, EmailChoices choices, MailQueue mail, MailProperties mailProperties,
            JsonMapper json, @Value("${meridian.notifications.interval-ms:200}") long intervalMs) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
        this.watchers = watchers;
        this.history = history;
        this.projectWatchers = projectWatchers;
        this.members = members;
        this.events = events;
        this.choices = choices;
        this.mail = mail;
        this.emails = mailProperties.delivery() != MailProperties.Delivery.OFF;
        this.json = json;
        this.intervalMs = intervalMs;
    }

    /** The first start tells of changes from now on, not of everything the outbox ever held. */
    @Override
    public synchronized void start() {
        var head = outbox.head();
        jdbc.sql("insert into notification_cursor (name, last_tx, last_id) values (?, cast(? as xid8), ?) on conflict do nothing")
                .params(CURSOR, head.tx(), head.id()).update();
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "notifier");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::poll, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            while (Boolean.TRUE.equals(transaction.execute(status -> tellNext()))) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            log.warn("Notifications could not be told; trying again: {}", e.toString());
        }
    }

    /** Tells one batch; true when it was full. Another server holding the cursor means it is telling them. */
    private boolean tellNext() {
        var cursor = jdbc.sql("select last_tx::text as tx, last_id as id from notification_cursor where name = ? for update skip locked")
                .param(CURSOR).query(Outbox.Position.class).optional();
        if (cursor.isEmpty()) {
            return false;
        }
        var batch = outbox.recordedAfter(cursor.get(), BATCH);
        batch.forEach(this::tell);
        if (!batch.isEmpty()) {
            var last = batch.get(batch.size() - 1).notice().position();
            jdbc.sql("update notification_cursor set last_tx = cast(? as xid8), last_id = ? where name = ?")
                    .params(last.tx(), last.id(), CURSOR).update();
        }
        return batch.size() == BATCH;
    }

    private void tell(Outbox.Recorded change) {
        var notice = change.notice();
        if (!Telling.TYPES.contains(notice.type())) {
            return;
        }
        var after = json.readTree(change.payload());
        if (Telling.passedOver(notice.type(), after)) {
            return;
        }
        var before = change.before() == null ? null : json.readTree(change.before());
        for (var issueKey : issueKeys(notice, after)) {
            var people = notice.type().equals("issue.deleted") ? Optional.of(deleted(after)) : watchers.people(issueKey);
            people.ifPresent(p -> tell(notice, issueKey, after, before, p));
        }
    }

    private void tell(Outbox.Notice notice, String issueKey, JsonNode after, JsonNode before, IssuePeople people) {
        var drafts = Telling.of(notice.type(), notice.actorId(), issueKey, after, before, people,
                new Lookups(notice.projectKey(), after));
        var isIssue = notice.aggregateType().equals("issue");
        var summary = isIssue ? Telling.text(after, "summary") : people.summary();
        var projectKey = isIssue ? notice.projectKey() : IssueKey.parse(people.key()).project();
        for (var draft : drafts) {
            store.add(notice.position().id(), notice.actorId(), projectKey, people.key(), summary, draft)
                    .ifPresent(id -> {
                        announce(id, notice, people, draft);
                        email(id, projectKey, people.key(), draft);
                    });
        }
    }

    /** The issue an event is about; both of a link's. */
    private static List<String> issueKeys(Outbox.Notice notice, JsonNode after) {
        if (notice.aggregateType().equals("issue")) {
            return List.of(notice.aggregateId());
        }
        return notice.aggregateType().equals("link") ? notice.issueKeys() : Stream.ofNullable(Telling.text(after, "issueKey")).toList();
    }

    /** A deleted issue's people, from its last image: its watchers are gone with it. */
    private static IssuePeople deleted(JsonNode issue) {
        var watcherIds = new ArrayList<Long>();
        issue.path("watcherIds").forEach(id -> watcherIds.add(id.asLong()));
        return new IssuePeople(Telling.text(issue, "key"), Telling.text(issue, "summary"), Telling.personId(issue, "assignee"),
                Telling.personId(issue, "reporter"), watcherIds);
    }

    /** Looked up for one change, when telling it needs them. */
    private final class Lookups implements Telling.Lookup {

        private final String projectKey;
        private final JsonNode after;

        Lookups(String projectKey, JsonNode after) {
            this.projectKey = projectKey;
            this.after = after;
        }

        @Override
        public Map<String, Long> members() {
            return members.of(projectKey).stream().map(Member::user)
                    .collect(Collectors.toMap(u -> u.email().toLowerCase(Locale.ROOT), u -> u.id(), (a, b) -> a));
        }

        @Override
        public List<Notification.Change> fieldsChanged(JsonNode issue) {
            var updatedAt = Telling.text(issue, "updatedAt");
            if (updatedAt == null) {
                return List.of();
            }
            return history.itemsAt(issue.path("id").asLong(), Instant.parse(updatedAt)).stream()
                    .map(item -> new Notification.Change(item.field(), item.from(), item.to())).toList();
        }

        @Override
        public List<Long> projectWatchers() {
            return projectWatchers.of(projectKey);
        }
    }

    private void announce(long id, Outbox.Notice notice, IssuePeople people, Telling.Draft draft) {
        events.record(new ChangeEvent("notification.created", "notification", String.valueOf(id), notice.projectKey(),
                notice.actorId(), Map.of("recipientId", draft.recipientId(), "issueKey", people.key(),
                        "reason", draft.reason().wire())));
    }

    /** Queued in the same transaction as the notification: both are kept, or neither. */
    private void email(long notificationId, String projectKey, String issueKey, Telling.Draft draft) {
        if (emails && choices.of(draft.recipientId()).wants(draft.reason())) {
            mail.add(draft.recipientId(), projectKey, issueKey, notificationId);
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
