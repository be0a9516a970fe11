package dev.meridian.notifications.internal;

import dev.meridian.issues.IssuePeople;
import dev.meridian.issues.WorkDuration;
import dev.meridian.notifications.Notification.Change;
import dev.meridian.notifications.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Whom one change tells what, for one issue, as Jira's default scheme: the issue's watchers, assignee and reporter
 * hear of its creation, every field changed, links and attachments added or removed, comments added or edited, work
 * logged and its deletion; a new assignee is told it is theirs; members mentioned in a comment or description are
 * told so; those watching the project hear of each new issue; a move to another project is told as a change of key
 * (its comments and links, told again under the new key for the other followers of the outbox, are not news). One
 * draft per person, the most specific reason winning, never for the actor.
 */
final class Telling {

    /** The changes that may tell anyone; the others are passed over unread. */
    static final Set<String> TYPES = Set.of("issue.created", "issue.updated", "issue.deleted", "comment.added",
            "comment.updated", "link.created", "link.deleted", "attachment.added", "attachment.deleted", "worklog.added");

    record Draft(long recipientId, Reason reason, List<Change> changes, String excerpt) {
    }

    /** What telling may need beyond the event, looked up only when a change needs it. */
    interface Lookup {

        /** The project's members by lower-cased email: only they can be mentioned. */
        Map<String, Long> members();

        /** The fields an issue update set, as the issue's history records them. */
        List<Change> fieldsChanged(JsonNode issue);

        /** Those watching the project who may browse it now. */
        List<Long> projectWatchers();
    }

    private final Map<Long, Draft> drafts = new LinkedHashMap<>();
    private final Lookup lookup;

    private Telling(Lookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Not news: an imported issue or link (an import does not tell each assignee of thousands of old issues), and the
     * copies a move makes of an issue's comments and links, and the deletion of its old key.
     */
    static boolean passedOver(String eventType, JsonNode after) {
        return switch (eventType) {
            case "issue.created" -> text(after, "externalId") != null && text(after, "movedFrom") == null;
            case "issue.deleted" -> text(after, "movedTo") != null;
            default -> after.path("moved").asBoolean(false) || after.path("imported").asBoolean(false);
        };
    }

    /**
     * {@code issueKey}: the issue told about (a link tells each of its two issues); {@code after} and {@code before}:
     * the event's after-image and the previous one of the same issue or comment (null when none).
     */
    static List<Draft> of(String eventType, Long actorId, String issueKey, JsonNode after, JsonNode before, IssuePeople people,
            Lookup lookup) {
        var telling = new Telling(lookup);
        switch (eventType) {
            case "issue.created" -> {
                var movedFrom = text(after, "movedFrom");
                if (movedFrom != null) {
                    telling.involved(people, Reason.UPDATED, List.of(new Change("key", movedFrom, text(after, "key"))), null);
                } else {
                    telling.created(after);
                }
            }
            case "issue.updated" -> telling.updated(after, before, people);
            case "issue.deleted" -> telling.involved(people, Reason.DELETED, List.of(), null);
            case "comment.added" -> telling.commented(text(after, "body"), null, people, Reason.COMMENTED);
            case "comment.updated" -> telling.commented(text(after, "body"), text(before, "body"), people, Reason.COMMENT_EDITED);
            case "link.created", "link.deleted" -> telling.involved(people, Reason.UPDATED,
                    List.of(added(eventType, "link", link(after, issueKey))), null);
            case "attachment.added", "attachment.deleted" -> telling.involved(people, Reason.UPDATED,
                    List.of(added(eventType, "attachment", text(after, "fileName"))), null);
            case "worklog.added" -> telling.involved(people, Reason.WORK_LOGGED,
                    List.of(new Change("timeLogged", null, WorkDuration.format(after.path("timeSpentSeconds").asLong()))),
                    Mentions.excerpt(text(after, "comment")));
            default -> { }
        }
        return telling.drafts.values().stream().filter(d -> !Objects.equals(d.recipientId(), actorId)).toList();
    }

    /**
     * Its assignee, whom it mentions, its reporter (who watches it from the start, as its creator does) and those
     * watching the project; read from the new issue itself, not from whoever is involved by the time it is told.
     */
    private void created(JsonNode issue) {
        var assignee = personId(issue, "assignee");
        if (assignee != null) {
            tell(assignee, Reason.ASSIGNED, List.of(), null);
        }
        mentioned(text(issue, "description"), null, List.of());
        var reporter = personId(issue, "reporter");
        if (reporter != null) {
            tell(reporter, Reason.CREATED, List.of(), null);
        }
        lookup.projectWatchers().forEach(id -> tell(id, Reason.CREATED, List.of(), null));
    }

    private void updated(JsonNode after, JsonNode before, IssuePeople people) {
        var changes = lookup.fieldsChanged(after).stream().map(Telling::shortened).toList();
        var assignee = personId(after, "assignee");
        if (assignee != null && before != null && !assignee.equals(personId(before, "assignee"))) {
            tell(assignee, Reason.ASSIGNED, changes, null);
        }
        mentioned(text(after, "description"), text(before, "description"), changes);
        if (!changes.isEmpty()) {
            involved(people, Reason.UPDATED, changes, null);
        }
    }

    /** A comment added, or edited (an edit that leaves its text as it was tells no one). */
    private void commented(String body, String was, IssuePeople people, Reason reason) {
        if (Objects.equals(body, was)) {
            return;
        }
        mentioned(body, was, List.of());
        involved(people, reason, List.of(), Mentions.excerpt(body));
    }

    /** Members mentioned in the text now and not before (an edit tells only whom it newly mentions). */
    private void mentioned(String now, String was, List<Change> changes) {
        var earlier = Mentions.in(was);
        var mentioned = Mentions.in(now).stream().filter(email -> !earlier.contains(email)).toList();
        if (mentioned.isEmpty()) {
            return;
        }
        var members = lookup.members();
        mentioned.stream().map(members::get).filter(Objects::nonNull)
                .forEach(id -> tell(id, Reason.MENTIONED, changes, Mentions.excerpt(now)));
    }

    private void involved(IssuePeople people, Reason reason, List<Change> changes, String excerpt) {
        Stream.concat(Stream.of(people.assigneeId(), people.reporterId()), people.watcherIds().stream())
                .filter(Objects::nonNull).distinct().forEach(id -> tell(id, reason, changes, excerpt));
    }

    private void tell(long recipientId, Reason reason, List<Change> changes, String excerpt) {
        drafts.putIfAbsent(recipientId, new Draft(recipientId, reason, changes, excerpt));
    }

    /** Something added ({@code *.created}, {@code *.added}) is its new value; something removed, its old one. */
    private static Change added(String eventType, String field, String what) {
        return eventType.endsWith(".deleted") ? new Change(field, what, null) : new Change(field, null, what);
    }

    /** A link as the issue told about reads it: "blocks HADOOP-3" on one side, "is blocked by HADOOP-1" on the other. */
    private static String link(JsonNode link, String issueKey) {
        boolean outward = issueKey.equals(text(link, "outwardKey"));
        var words = text(link, outward ? "outward" : "inward");
        return (words != null ? words : text(link, "type")) + " " + text(link, outward ? "inwardKey" : "outwardKey");
    }

    /** A description, before and after, as its start on one line: the whole text is the issue's to show. */
    private static Change shortened(Change change) {
        return change.field().equals("description")
                ? new Change(change.field(), Mentions.excerpt(change.from()), Mentions.excerpt(change.to()))
                : change;
    }

    static Long personId(JsonNode issue, String field) {
        var person = issue == null ? null : issue.get(field);
        return person != null && person.hasNonNull("id") ? person.get("id").asLong() : null;
    }

    static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
