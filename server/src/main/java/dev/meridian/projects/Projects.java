package dev.meridian.projects;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.UserRef;
import dev.meridian.identity.Users;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.internal.ProjectStore;
import dev.meridian.projects.internal.SchemeStore;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, describing and staffing projects; their configuration is {@link ProjectSchemes}'. */
@Service
public class Projects {

    private final ProjectStore store;
    private final SchemeStore schemes;
    private final ProjectAccess access;
    private final Users users;
    private final ProjectChanges changes;
    private final ApplicationEventPublisher moduleEvents;

    Projects(ProjectStore store, SchemeStore schemes, ProjectAccess access, Users users, ProjectChanges changes,
            ApplicationEventPublisher moduleEvents) {
        this.store = store;
        this.schemes = schemes;
        this.access = access;
        this.users = users;
        this.changes = changes;
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
        changes.record("project.created", ref, by);
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
        changes.record("project.updated", ref, by);
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
        changes.record("project.updated", ref, by);
        return new Member(user, role);
    }

    @Transactional
    public void removeMember(String key, String email, CurrentUser by) {
        var ref = access.administer(key, by);
        var user = users.require(email);
        requireAnotherAdmin(ref, user);
        store.removeMember(ref.id(), user.id());
        changes.record("project.updated", ref, by);
    }

    private void requireAnotherAdmin(ProjectRef project, UserRef leaving) {
        var admins = store.members(project.id()).stream().filter(m -> m.role() == Role.ADMIN).toList();
        if (admins.size() == 1 && admins.get(0).user().id() == leaving.id()) {
            throw new ConflictException(leaving.email() + " is the last admin of " + project.key() + "; make someone else admin first");
        }
    }
}
