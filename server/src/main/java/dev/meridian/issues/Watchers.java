package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.UserRef;
import dev.meridian.identity.Users;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.issues.internal.IssueEvents;
import dev.meridian.issues.internal.WatcherStore;
import dev.meridian.projects.ProjectAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anyone who can see an issue may watch it; adding or removing someone else takes edit rights. */
@Service
public class Watchers {

    private final IssueEditor issues;
    private final WatcherStore store;
    private final ProjectAccess access;
    private final Users users;
    private final IssueEvents events;

    Watchers(IssueEditor issues, WatcherStore store, ProjectAccess access, Users users, IssueEvents events) {
        this.issues = issues;
        this.store = store;
        this.access = access;
        this.users = users;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserRef> list(String key, CurrentUser user) {
        return store.list(issues.visible(IssueKey.parse(key), user).id());
    }

    /** Who an issue concerns, for background work no caller started (notifications); empty for an unknown issue. */
    @Transactional(readOnly = true)
    public Optional<IssuePeople> people(String key) {
        return store.people(key);
    }

    @Transactional
    public List<UserRef> watch(String key, String email, CurrentUser by) {
        var row = issues.visible(IssueKey.parse(key), by);
        var who = target(row.projectId(), email, by);
        if (store.watch(row.id(), who.id())) {
            changed("watcher.added", row.key(), who, by);
        }
        return store.list(row.id());
    }

    @Transactional
    public List<UserRef> unwatch(String key, String email, CurrentUser by) {
        var row = issues.visible(IssueKey.parse(key), by);
        var who = target(row.projectId(), email, by);
        if (store.unwatch(row.id(), who.id())) {
            changed("watcher.removed", row.key(), who, by);
        }
        return store.list(row.id());
    }

    /** The event names the issue and the person; the watcher list itself stays out of the outbox. */
    private void changed(String type, String issueKey, UserRef who, CurrentUser by) {
        var image = new LinkedHashMap<String, Object>();
        image.put("issueKey", issueKey);
        image.put("userId", who.id());
        events.other(type, "watcher", issueKey + ":" + who.id(), IssueKey.parse(issueKey).project(), by.id(), image);
    }

    private UserRef target(long projectId, String email, CurrentUser by) {
        if (email == null || email.isBlank() || email.equalsIgnoreCase(by.email())) {
            return by.ref();
        }
        access.requireEdit(access.browse(projectId, by));
        return users.require(email);
    }
}
