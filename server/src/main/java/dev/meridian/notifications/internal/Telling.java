package dev.meridian.notifications.internal;

import dev.meridian.issues.IssuePeople;
import dev.meridian.notifications.Notification.Change;
import dev.meridian.notifications.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Whom one change tells what, as Jira's default scheme: the issue's watchers, assignee and reporter hear of comments
 * and of status, assignee, priority and summary changes; a new assignee is told it is theirs; members mentioned in a
 * comment or description are told so; a move to another project is told as a change of key (its comments, told again
 * under the new key for the other followers of the outbox, are not news). One draft per person, the most specific
 * reason winning, never for the actor.
 */
final class Telling {

    /** The changes that may tell anyone; the others are passed over unread. */
    static final Set<String> TYPES = Set.of("issue.created", "issue.updated", "comment.added", "comment.updated");

    private static final List<String> TRACKED = List.of("status", "assignee", "priority", "summary");

    record Draft(long recipientId, Reason reason, List<Change> changes, String excerpt) {
    }

    private final Map<Long, Draft> drafts = new LinkedHashMap<>();

    private Telling() {
    }

    /** An imported issue tells no one: an import does not tell each assignee of thousands of old issues. */
    static boolean imported(String eventType, JsonNode after) {
        return eventType.equals("issue.created") && text(after, "externalId") != null && text(after, "movedFrom") == null;
    }

    /**
     * {@code members}: the project's members by lower-cased email (only they can be mentioned); {@code after} and
     * {@code before}: the event's after-image and the previous one of the same issue or comment (null when none).
     */
    static List<Draft> of(String eventType, Long actorId, JsonNode after, JsonNode before, IssuePeople people,
            Map<String, Long> members) {
        var telling = new Telling();
        var movedFrom = text(after, "movedFrom");
        switch (eventType) {
            case "issue.created" -> {
                if (movedFrom != null) {
                    telling.moved(movedFrom, text(after, "key"), people);
                } else {
                    telling.created(after, members);
                }
            }
            case "comment.added" -> {
                if (!after.path("moved").asBoolean(false)) {
                    telling.commented(after, people, members);
                }
            }
            case "issue.updated" -> telling.updated(after, before, people, members);
            case "comment.updated" -> telling.mentioned(text(after, "body"), text(before, "body"), List.of(), members);
            default -> { }
        }
        return telling.drafts.values().stream().filter(d -> !Objects.equals(d.recipientId(), actorId)).toList();
    }

    private void created(JsonNode issue, Map<String, Long> members) {
        var assignee = personId(issue, "assignee");
        if (assignee != null) {
            tell(assignee, Reason.ASSIGNED, List.of(), null);
        }
        mentioned(text(issue, "description"), null, List.of(), members);
    }

    private void updated(JsonNode after, JsonNode before, IssuePeople people, Map<String, Long> members) {
        if (before == null) {
            return;
        }
        var changes = new ArrayList<Change>();
        for (var field : TRACKED) {
            if (!Objects.equals(identity(before, field), identity(after, field))) {
                changes.add(new Change(field, shown(before, field), shown(after, field)));
            }
        }
        var assignee = personId(after, "assignee");
        if (assignee != null && !assignee.equals(personId(before, "assignee"))) {
            tell(assignee, Reason.ASSIGNED, changes, null);
        }
        mentioned(text(after, "description"), text(before, "description"), changes, members);
        if (!changes.isEmpty()) {
            involved(people).forEach(id -> tell(id, Reason.UPDATED, changes, null));
        }
    }

    /** A move is a change of the issue's key (and project), told as Jira's "Issue moved" to those involved. */
    private void moved(String fromKey, String toKey, IssuePeople people) {
        var change = List.of(new Change("key", fromKey, toKey));
        involved(people).forEach(id -> tell(id, Reason.UPDATED, change, null));
    }

    private void commented(JsonNode comment, IssuePeople people, Map<String, Long> members) {
        var body = text(comment, "body");
        mentioned(body, null, List.of(), members);
        involved(people).forEach(id -> tell(id, Reason.COMMENTED, List.of(), Mentions.excerpt(body)));
    }

    /** Members mentioned in the text now and not before (an edit tells only whom it newly mentions). */
    private void mentioned(String now, String was, List<Change> changes, Map<String, Long> members) {
        var earlier = Mentions.in(was);
        Mentions.in(now).stream().filter(email -> !earlier.contains(email)).map(members::get).filter(Objects::nonNull)
                .forEach(id -> tell(id, Reason.MENTIONED, changes, Mentions.excerpt(now)));
    }

    private void tell(long recipientId, Reason reason, List<Change> changes, String excerpt) {
        drafts.putIfAbsent(recipientId, new Draft(recipientId, reason, changes, excerpt));
    }

    private static Stream<Long> involved(IssuePeople people) {
        return Stream.concat(Stream.of(people.assigneeId(), people.reporterId()), people.watcherIds().stream())
                .filter(Objects::nonNull).distinct();
    }

    /** What tells two values apart: a person by id (two people may share a name), anything else as it is. */
    private static String identity(JsonNode issue, String field) {
        var id = personId(issue, field);
        return id != null ? "#" + id : shown(issue, field);
    }

    /** A field in words: a person by name, anything else as it is. */
    private static String shown(JsonNode issue, String field) {
        var value = issue.get(field);
        if (value != null && value.isObject()) {
            return text(value, "displayName");
        }
        return text(issue, field);
    }

    private static Long personId(JsonNode issue, String field) {
        var person = issue == null ? null : issue.get(field);
        return person != null && person.hasNonNull("id") ? person.get("id").asLong() : null;
    }

    static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
