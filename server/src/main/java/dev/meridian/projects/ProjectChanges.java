package dev.meridian.projects;

import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.identity.CurrentUser;
import dev.meridian.projects.internal.ProjectStore;
import dev.meridian.projects.internal.SchemeStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A project's change events; the after-image carries its scheme, so listeners learn its statuses, components and versions. */
@Component
class ProjectChanges {

    private final ProjectStore store;
    private final SchemeStore schemes;
    private final ChangeEvents events;

    ProjectChanges(ProjectStore store, SchemeStore schemes, ChangeEvents events) {
        this.store = store;
        this.schemes = schemes;
        this.events = events;
    }

    void record(String type, ProjectRef ref, CurrentUser by) {
        var view = store.view(ref.id(), ref.callerRole());
        var scheme = schemes.load(ref);
        var image = new LinkedHashMap<String, Object>();
        image.put("key", view.key());
        image.put("name", view.name());
        image.put("description", view.description() == null ? "" : view.description());
        image.put("aiTrainingEnabled", view.aiTrainingEnabled());
        image.put("version", view.version());
        image.put("statuses", scheme.workflow().statuses().stream().map(ProjectChanges::statusImage).toList());
        image.put("types", ProjectScheme.names(scheme.types(), ProjectScheme.IssueType::name));
        image.put("priorities", ProjectScheme.names(scheme.priorities(), ProjectScheme.Priority::name));
        image.put("components", ProjectScheme.names(scheme.components(), ProjectScheme.Component::name));
        image.put("versions", ProjectScheme.names(scheme.versions(), ProjectScheme.Version::name));
        events.record(new ChangeEvent(type, "project", view.key(), view.key(), by.id(), image));
    }

    /** A status as a project's change event carries it: its WIP limits only when it has some. */
    private static Map<String, Object> statusImage(Workflow.Status status) {
        var image = new LinkedHashMap<String, Object>();
        image.put("name", status.name());
        image.put("category", status.category().wire());
        if (status.wipMin() != null) {
            image.put("wipMin", status.wipMin());
        }
        if (status.wipMax() != null) {
            image.put("wipMax", status.wipMax());
        }
        return image;
    }
}
