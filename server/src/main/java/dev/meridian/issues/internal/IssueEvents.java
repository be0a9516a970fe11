package dev.meridian.issues.internal;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.issues.IssueView;
import java.util.LinkedHashMap;
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

    public void deleted(IssueView view, Long actorId) {
        Map<String, Object> image = new LinkedHashMap<>(json.convertValue(view, new TypeReference<Map<String, Object>>() { }));
        image.put("deleted", true);
        events.record(new ChangeEvent("issue.deleted", "issue", view.key(), view.projectKey(), actorId, image));
    }

    public void other(String type, String aggregateType, String aggregateId, String projectKey, Long actorId, Object image) {
        events.record(new ChangeEvent(type, aggregateType, aggregateId, projectKey, actorId, image));
    }
}
