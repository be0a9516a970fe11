package dev.meridian.projects;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.projects.internal.SchemeStore;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's configuration: its workflow and WIP limits, priorities, components, versions, issue types and resolutions.
 * Reading it takes a browser of the project, changing it an admin.
 */
@Service
public class ProjectSchemes {

    private final SchemeStore schemes;
    private final ProjectAccess access;
    private final NamedLists named;
    private final ProjectChanges changes;
    private final ApplicationEventPublisher moduleEvents;

    ProjectSchemes(SchemeStore schemes, ProjectAccess access, NamedLists named, ProjectChanges changes,
            ApplicationEventPublisher moduleEvents) {
        this.schemes = schemes;
        this.access = access;
        this.named = named;
        this.changes = changes;
        this.moduleEvents = moduleEvents;
    }

    public ProjectScheme scheme(String key, CurrentUser user) {
        return schemes.load(access.browse(key, user));
    }

    public ProjectScheme scheme(ProjectRef project) {
        return schemes.load(project);
    }

    /** A status of the workflow and how many issues are in it, as a workflow editor shows before removing one. */
    public record StatusUsage(long statusId, String status, long issues) {
    }

    @Transactional(readOnly = true)
    public List<StatusUsage> statusUsage(String key, CurrentUser user) {
        var ref = access.browse(key, user);
        var counts = schemes.issueCounts(ref.id());
        return schemes.load(ref).workflow().statuses().stream()
                .map(s -> new StatusUsage(s.id(), s.name(), counts.getOrDefault(s.id(), 0L))).toList();
    }

    @Transactional
    public ProjectScheme replaceWorkflow(String key, WorkflowDefinition workflow, CurrentUser by) {
        var ref = access.administer(key, by);
        var added = schemes.replaceWorkflow(ref.id(), workflow,
                retired -> moduleEvents.publishEvent(new StatusRetired(ref, retired.statusId(), retired.movedToStatusId(), by.id())));
        added.forEach(id -> moduleEvents.publishEvent(new StatusAdded(ref, id, by.id())));
        return changed(ref, by);
    }

    /**
     * Sets a board column's work-in-progress limits (null clears one), as {@link WipLimits} allows them. Only project
     * admins may.
     */
    @Transactional
    public ProjectScheme setWipLimits(String key, String statusName, Integer min, Integer max, CurrentUser by) {
        var ref = access.administer(key, by);
        var status = schemes.load(ref).workflow().status(statusName.trim())
                .orElseThrow(() -> new NotFoundException("Status", statusName));
        var problems = new WipLimits(min, max).problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        schemes.setWipLimits(status.id(), min, max);
        return changed(ref, by);
    }

    @Transactional
    public ProjectScheme replacePriorities(String key, List<String> names, String defaultName, CurrentUser by) {
        var ref = access.administer(key, by);
        if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new InvalidInputException("priorities", "must list at least one non-empty name");
        }
        schemes.replacePriorities(ref.id(), names, defaultName == null ? names.get(0) : defaultName);
        return changed(ref, by);
    }

    @Transactional
    public ProjectScheme addComponent(String key, String name, CurrentUser by) {
        var ref = access.administer(key, by);
        if (schemes.load(ref).component(name).isPresent()) {
            throw new ConflictException("Component '" + name + "' already exists in " + ref.key());
        }
        schemes.addComponents(ref.id(), List.of(name));
        return changed(ref, by);
    }

    @Transactional
    public ProjectScheme updateComponent(String key, String name, String newName, String description, CurrentUser by) {
        var ref = access.administer(key, by);
        var scheme = schemes.load(ref);
        var component = scheme.component(name).orElseThrow(() -> new NotFoundException("Component", name));
        var clash = scheme.component(newName);
        if (clash.isPresent() && clash.get().id() != component.id()) {
            throw new ConflictException("Component '" + newName + "' already exists in " + ref.key());
        }
        schemes.updateComponent(component.id(), newName, description == null ? component.description() : blankToNull(description));
        return changed(ref, by);
    }

    /** A component still on issues is not deleted: that would change those issues without their history saying so. */
    @Transactional
    public ProjectScheme deleteComponent(String key, String name, CurrentUser by) {
        var ref = access.administer(key, by);
        var component = schemes.load(ref).component(name).orElseThrow(() -> new NotFoundException("Component", name));
        long uses = schemes.componentUses(component.id());
        if (uses > 0) {
            throw new ConflictException("Component '" + component.name() + "' is on " + uses + (uses == 1 ? " issue" : " issues")
                    + "; take it off them before deleting it");
        }
        schemes.deleteComponent(component.id());
        return changed(ref, by);
    }

    /** A new issue type; {@code level} 1 is an epic's, 0 a standard issue's, -1 a sub-task's. */
    @Transactional
    public ProjectScheme addType(String key, String name, int level, CurrentUser by) {
        var ref = access.administer(key, by);
        if (level < ProjectScheme.IssueType.SUBTASK || level > ProjectScheme.IssueType.EPIC) {
            throw new InvalidInputException("level", "must be epic, standard or subtask");
        }
        if (schemes.load(ref).type(name).isPresent()) {
            throw new ConflictException("Issue type '" + name.trim() + "' already exists in " + ref.key());
        }
        schemes.addType(ref.id(), name, level);
        return changed(ref, by);
    }

    @Transactional
    public ProjectScheme renameType(String key, String name, String newName, CurrentUser by) {
        return changed(named.rename(NamedLists.TYPES, key, name, newName, by), by);
    }

    /** Refused while issues have the type, and for the project's last standard type (new issues need one). */
    @Transactional
    public ProjectScheme deleteType(String key, String name, CurrentUser by) {
        return changed(named.delete(NamedLists.TYPES, key, name, by, (scheme, type) -> type.level() == ProjectScheme.IssueType.STANDARD
                && scheme.types().stream().filter(t -> t.level() == ProjectScheme.IssueType.STANDARD).count() == 1
                ? "is the last standard type of %s; add another before removing it" : null), by);
    }

    @Transactional
    public ProjectScheme addResolution(String key, String name, CurrentUser by) {
        var ref = access.administer(key, by);
        if (schemes.load(ref).resolution(name).isPresent()) {
            throw new ConflictException("Resolution '" + name.trim() + "' already exists in " + ref.key());
        }
        schemes.addResolutions(ref.id(), List.of(name));
        return changed(ref, by);
    }

    @Transactional
    public ProjectScheme renameResolution(String key, String name, String newName, CurrentUser by) {
        return changed(named.rename(NamedLists.RESOLUTIONS, key, name, newName, by), by);
    }

    /** Refused while issues have it, and for the last one (an issue entering a done status is resolved with the first). */
    @Transactional
    public ProjectScheme deleteResolution(String key, String name, CurrentUser by) {
        return changed(named.delete(NamedLists.RESOLUTIONS, key, name, by, (scheme, resolution) -> scheme.resolutions().size() == 1
                ? "is the last of %s; issues entering a done status need one, so add another before removing it" : null), by);
    }

    /** Adds what the project lacks; statuses added this way can be reached from any status. */
    @Transactional
    public ProjectScheme adopt(ProjectRef project, SchemeAdditions additions, CurrentUser by) {
        access.requireAdmin(project);
        schemes.addStatuses(project.id(), additions.statuses())
                .forEach(id -> moduleEvents.publishEvent(new StatusAdded(project, id, by.id())));
        schemes.addPriorities(project.id(), additions.priorities());
        schemes.addResolutions(project.id(), additions.resolutions());
        schemes.addTypes(project.id(), additions.types());
        schemes.addVersions(project.id(), additions.versions());
        schemes.addComponents(project.id(), additions.components());
        return changed(project, by);
    }

    private ProjectScheme changed(ProjectRef ref, CurrentUser by) {
        changes.record("project.updated", ref, by);
        return schemes.load(ref);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
