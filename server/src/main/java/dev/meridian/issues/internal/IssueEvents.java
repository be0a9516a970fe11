package dev.meridian.issues.internal;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.issues.CommentView;
import dev.meridian.issues.IssueView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Issue-side change events, each carrying the issue's after-image. */
@Component
public class IssueEvents {

    private final ChangeEvents events;
    private final JsonMapper json;

    IssueEvents(ChangeEvents events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    public void issue(String type, IssueView view, Long actorId) {
        events.record(new ChangeEvent(type, "issue", view.key(), view.projectKey(), actorId, view));
    }

    /** {@code watcherIds}: who watched it, gone with it, so that they can still be told it was deleted. */
    public void deleted(IssueView view, List<Long> watcherIds, Long actorId) {
        var image = imageWith(view, "deleted", true);
        image.put("watcherIds", watcherIds);
        events.record(new ChangeEvent("issue.deleted", "issue", view.key(), view.projectKey(), actorId, image));
    }

    /**
     * An issue moved to another project, as every follower of the outbox reads it: its old key is deleted from its old
     * project ({@code movedTo} says where it went) and its new key created in the new one ({@code movedFrom}), its
     * comments and links told again under the new key ({@code moved}: not news to tell anyone), so that the training
     * data, search indexes and boards of both projects hold it once.
     */
    public void moved(IssueView before, IssueView after, List<CommentView> comments, Long actorId) {
        var deleted = imageWith(before, "deleted", true);
        deleted.put("movedTo", after.key());
        events.record(new ChangeEvent("issue.deleted", "issue", before.key(), before.projectKey(), actorId, deleted));
        events.record(new ChangeEvent("issue.created", "issue", after.key(), after.projectKey(), actorId,
                imageWith(after, "movedFrom", before.key())));
        for (var comment : comments) {
            events.record(new ChangeEvent("comment.added", "comment", String.valueOf(comment.id()), after.projectKey(), actorId,
                    imageWith(comment, "moved", true)));
        }
        for (var link : after.links()) {
            boolean outward = link.direction().equals("outward");
            events.record(new ChangeEvent("link.created", "link", String.valueOf(link.id()), after.projectKey(), actorId,
                    Map.of("id", link.id(), "type", link.type(), "outwardKey", outward ? after.key() : link.key(),
                            "inwardKey", outward ? link.key() : after.key(), "moved", true)));
        }
    }

    private Map<String, Object> imageWith(Object view, String field, Object value) {
        Map<String, Object> image = new LinkedHashMap<>(json.convertValue(view, new TypeReference<Map<String, Object>>() { }));
        image.put(field, value);
        return image;
    }

    public void other(String type, String aggregateType, String aggregateId, String projectKey, Long actorId, Object image) {
        events.record(new ChangeEvent(type, aggregateType, aggregateId, projectKey, actorId, image));
    }
}
