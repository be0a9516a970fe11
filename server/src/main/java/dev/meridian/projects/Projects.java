package dev.meridian.projects;

import java.util.LinkedHashMap;
import java.time.LocalDate;
import dev.meridian.platform.NotFoundException;
import dev.meridian.platform.SupportedDates;
import dev.meridian.events.ChangeEvent;
import dev.meridian.events.ChangeEvents;
import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.UserRef;
import dev.meridian.identity.Users;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.internal.ProjectStore;
import dev.meridian.projects.internal.SchemeStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, configuring and staffing projects. */
@Service
public class Projects {

    private final ProjectStore store;
    private final SchemeStore schemes;
    private final ProjectAccess access;
    private final Users users;
    private final ChangeEvents events;
    private final ApplicationEventPublisher moduleEvents;

    Projects(ProjectStore store, SchemeStore schemes, ProjectAccess access, Users users, ChangeEvents events,
            ApplicationEventPublisher moduleEvents) {
        this.store = store;
        this.schemes = schemes;
        this.access = access;
        this.users = users;
        this.events = events;
        this.moduleEvents = moduleEvents;
    }

    /**
     * Site administrators create projects, as in Jira; the creator becomes the project's admin, and so does its lead.
     * Its template's board is made in the same transaction (see {@link ProjectCreated}).
     */
    @Transactional
    public ProjectView create(NewProject project, CurrentUser by) {
        if (!by.siteAdmin()) {
            throw new ForbiddenException("Only site administrators can create projects");
        }
        if (store.exists(project.key())) {
            throw new ConflictException("A project with key '" + project.key() + "' already exists");
        }
        var lead = project.lead() == null || project.lead().isBlank() ? by.ref() : users.findByEmail(project.lead().trim())
                .orElseThrow(() -> new InvalidInputException("lead", "no user with email '" + project.lead().trim() + "'"));
        long id = store.insert(project, lead.id());
        store.setMember(id, by.id(), Role.ADMIN);
        if (lead.id() != by.id()) {
            store.setMember(id, lead.id(), Role.ADMIN);
        }
        schemes.createDefaults(id);
        var view = store.view(id, Role.ADMIN);
        var ref = new ProjectRef(id, view.key(), view.name(), Role.ADMIN);
        emit("project.created", ref, by);
        moduleEvents.publishEvent(new ProjectCreated(ref, project.template() == null ? ProjectTemplate.NONE : project.template(), by));
        return view;
    }

    public ProjectView get(String key, CurrentUser user) {
        var ref = access.browse(key, user);
        return store.view(ref.id(), ref.callerRole());
    }

    public List<ProjectView> list(CurrentUser user) {
        return access.browsable(user).stream().map(p -> store.view(p.id(), p.callerRole())).toList();
    }

    @Transactional
    public ProjectView update(String key, ProjectUpdate update, CurrentUser by) {
        var ref = access.administer(key, by);
        var current = store.view(ref.id(), ref.callerRole());
        if (update.version() != null && update.version() != current.version()) {
            throw new ConflictException("Project " + key + " was changed by someone else; reload and try again")
                    .with("current", current);
        }
        Long leadId = update.lead() == null ? null : users.require(update.lead()).id();
        store.update(ref.id(), update, leadId);
        emit("project.updated", ref, by);
        return store.view(ref.id(), ref.callerRole());
    }

    public List<Member> members(String key, CurrentUser user) {
        return store.members(access.browse(key, user).id());
    }

    @Transactional
    public Member setMember(String key, String email, Role role, CurrentUser by) {
        var ref = access.administer(key, by);
        var user = users.require(email);
        if (role != Role.ADMIN) {
            requireAnotherAdmin(ref, user);
        }
        store.setMember(ref.id(), user.id(), role);
        emit("project.updated", ref, by);
        return new Member(user, role);
    }

    @Transactional
    public void removeMember(String key, String email, CurrentUser by) {
        var ref = access.administer(key, by);
        var user = users.require(email);
        requireAnotherAdmin(ref, user);
        store.removeMember(ref.id(), user.id());
        emit("project.updated", ref, by);
    }

    private void requireAnotherAdmin(ProjectRef project, UserRef leaving) {
        var admins = store.members(project.id()).stream().filter(m -> m.role() == Role.ADMIN).toList();
        if (admins.size() == 1 && admins.get(0).user().id() == leaving.id()) {
            throw new ConflictException(leaving.email() + " is the last admin of " + project.key() + "; make someone else admin first");
        }
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
        emit("project.updated", ref, by);
        return schemes.load(ref);
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
        emit("project.updated", ref, by);
        return schemes.load(ref);
    }

    @Transactional
    public ProjectScheme replacePriorities(String key, List<String> names, String defaultName, CurrentUser by) {
        var ref = access.administer(key, by);
        if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new InvalidInputException("priorities", "must list at least one non-empty name");
        }
        schemes.replacePriorities(ref.id(), names, defaultName == null ? names.get(0) : defaultName);
        emit("project.updated", ref, by);
        return schemes.load(ref);
    }

    @Transactional
    public ProjectScheme addComponent(String key, String name, CurrentUser by) {
        var ref = access.administer(key, by);
        if (schemes.load(ref).component(name).isPresent()) {
            throw new ConflictException("Component '" + name + "' already exists in " + ref.key());
        }
        schemes.addComponents(ref.id(), List.of(name));
        emit("project.updated", ref, by);
        return schemes.load(ref);
    }

    @Transactional
    public ProjectScheme addVersion(String key, String name, boolean released, LocalDate releaseDate, CurrentUser by) {
        var ref = access.administer(key, by);
        if (schemes.load(ref).version(name).isPresent()) {
            throw new ConflictException("Version '" + name + "' already exists in " + ref.key());
        }
        store.insertVersion(ref.id(), name, released, SupportedDates.require("releaseDate", releaseDate));
        emit("project.updated", ref, by);
        return schemes.load(ref);
    }

    /** Releases or un-releases, archives or restores a version; a null leaves that side as it is. */
    @Transactional
    public ProjectScheme changeVersion(String key, String name, Boolean released, Boolean archived, CurrentUser by) {
        var ref = access.administer(key, by);
        var version = schemes.load(ref).version(name)
                .orElseThrow(() -> new NotFoundException("Version", name));
        if (released == null && archived == null) {
            throw new InvalidInputException("released", "send released, archived or both");
        }
        if (released != null) {
            store.setReleased(version.id(), released);
        }
        if (archived != null) {
            store.setArchived(version.id(), archived);
        }
        emit("project.updated", ref, by);
        return schemes.load(ref);
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
        emit("project.updated", ref, by);
        return schemes.load(ref);
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
        emit("project.updated", ref, by);
        return schemes.load(ref);
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
        emit("project.updated", ref, by);
        return schemes.load(ref);
    }

    @Transactional
    public ProjectScheme renameType(String key, String name, String newName, CurrentUser by) {
        return rename(TYPES, key, name, newName, by);
    }

    /** Refused while issues have the type, and for the project's last standard type (new issues need one). */
    @Transactional
    public ProjectScheme deleteType(String key, String name, CurrentUser by) {
        return delete(TYPES, key, name, by, (scheme, type) -> type.level() == ProjectScheme.IssueType.STANDARD
                && scheme.types().stream().filter(t -> t.level() == ProjectScheme.IssueType.STANDARD).count() == 1
                ? "is the last standard type of %s; add another before removing it" : null);
    }

    @Transactional
    public ProjectScheme addResolution(String key, String name, CurrentUser by) {
        var ref = access.administer(key, by);
        if (schemes.load(ref).resolution(name).isPresent()) {
            throw new ConflictException("Resolution '" + name.trim() + "' already exists in " + ref.key());
        }
        schemes.addResolutions(ref.id(), List.of(name));
        emit("project.updated", ref, by);
        return schemes.load(ref);
    }

    @Transactional
    public ProjectScheme renameResolution(String key, String name, String newName, CurrentUser by) {
        return rename(RESOLUTIONS, key, name, newName, by);
    }

    /** Refused while issues have it, and for the last one (an issue entering a done status is resolved with the first). */
    @Transactional
    public ProjectScheme deleteResolution(String key, String name, CurrentUser by) {
        return delete(RESOLUTIONS, key, name, by, (scheme, resolution) -> scheme.resolutions().size() == 1
                ? "is the last of %s; issues entering a done status need one, so add another before removing it" : null);
    }

    /** Issue types and resolutions: named lists of a project's scheme, renamed and deleted the same way. */
    private record NamedList<T>(String label, SchemeStore.Named table, java.util.function.BiFunction<ProjectScheme, String, Optional<T>> find,
            java.util.function.ToLongFunction<T> id, java.util.function.Function<T, String> name, String inUse) {
    }

    private static final NamedList<ProjectScheme.IssueType> TYPES = new NamedList<>("Issue type", SchemeStore.Named.TYPES,
            ProjectScheme::type, ProjectScheme.IssueType::id, ProjectScheme.IssueType::name, "is used by %s; change their type before removing it");
    private static final NamedList<ProjectScheme.Resolution> RESOLUTIONS = new NamedList<>("Resolution", SchemeStore.Named.RESOLUTIONS,
            ProjectScheme::resolution, ProjectScheme.Resolution::id, ProjectScheme.Resolution::name,
            "is set on %s; reopen or re-resolve them before removing it");

    private <T> ProjectScheme rename(NamedList<T> list, String key, String name, String newName, CurrentUser by) {
        var ref = access.administer(key, by);
        var scheme = schemes.load(ref);
        var item = list.find().apply(scheme, name).orElseThrow(() -> new NotFoundException(list.label(), name));
        list.find().apply(scheme, newName).filter(other -> list.id().applyAsLong(other) != list.id().applyAsLong(item)).ifPresent(other -> {
            throw new ConflictException(list.label() + " '" + list.name().apply(other) + "' already exists in " + ref.key());
        });
        schemes.rename(list.table(), list.id().applyAsLong(item), newName);
        emit("project.updated", ref, by);
        return schemes.load(ref);
    }

    /** {@code lastOne}: why this item may not go even though no issue uses it (%s for the project key), or null. */
    private <T> ProjectScheme delete(NamedList<T> list, String key, String name, CurrentUser by,
            java.util.function.BiFunction<ProjectScheme, T, String> lastOne) {
        var ref = access.administer(key, by);
        var scheme = schemes.load(ref);
        var item = list.find().apply(scheme, name).orElseThrow(() -> new NotFoundException(list.label(), name));
        var label = list.label() + " '" + list.name().apply(item) + "' ";
        long uses = schemes.uses(list.table(), list.id().applyAsLong(item));
        if (uses > 0) {
            throw new ConflictException(label + list.inUse().formatted(uses + (uses == 1 ? " issue" : " issues")));
        }
        var refusal = lastOne.apply(scheme, item);
        if (refusal != null) {
            throw new ConflictException(label + refusal.formatted(ref.key()));
        }
        schemes.delete(list.table(), list.id().applyAsLong(item));
        emit("project.updated", ref, by);
        return schemes.load(ref);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
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
        emit("project.updated", project, by);
        return schemes.load(project);
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

    /** The after-image of a project carries its scheme, so listeners learn its statuses, components and versions. */
    private void emit(String type, ProjectRef ref, CurrentUser by) {
        var view = store.view(ref.id(), ref.callerRole());
        var scheme = schemes.load(ref);
        var image = new LinkedHashMap<String, Object>();
        image.put("key", view.key());
        image.put("name", view.name());
        image.put("description", view.description() == null ? "" : view.description());
        image.put("aiTrainingEnabled", view.aiTrainingEnabled());
        image.put("version", view.version());
        image.put("statuses", scheme.workflow().statuses().stream().map(Projects::statusImage).toList());
        image.put("types", ProjectScheme.names(scheme.types(), ProjectScheme.IssueType::name));
        image.put("priorities", ProjectScheme.names(scheme.priorities(), ProjectScheme.Priority::name));
        image.put("components", ProjectScheme.names(scheme.components(), ProjectScheme.Component::name));
        image.put("versions", ProjectScheme.names(scheme.versions(), ProjectScheme.Version::name));
        events.record(new ChangeEvent(type, "project", view.key(), view.key(), by.id(), image));
    }
}
