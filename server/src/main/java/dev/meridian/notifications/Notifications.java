package dev.meridian.notifications;

import dev.meridian.identity.CurrentUser;
import dev.meridian.notifications.internal.NotificationStore;
import dev.meridian.platform.NotFoundException;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notifications, newest first. Only those about projects they may browse now count: someone removed
 * from a project stops seeing (and counting) its notifications.
 */
@Service
public class Notifications {

    private final NotificationStore store;
    private final ProjectAccess access;

    Notifications(NotificationStore store, ProjectAccess access) {
        this.store = store;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Page<Notification> inbox(CurrentUser user, boolean unreadOnly, PageRequest page) {
        return store.page(user.id(), visible(user), unreadOnly, page);
    }

    @Transactional(readOnly = true)
    public long unread(CurrentUser user) {
        return store.unread(user.id(), visible(user));
    }

    @Transactional
    public Notification markRead(long id, CurrentUser user) {
        var projects = visible(user);
        store.markRead(user.id(), projects, id);
        return store.find(user.id(), projects, id).orElseThrow(() -> new NotFoundException("Notification", id));
    }

    /** Returns how many were unread. */
    @Transactional
    public long markAllRead(CurrentUser user) {
        return store.markAllRead(user.id(), visible(user));
    }

    private List<String> visible(CurrentUser user) {
        return access.browsable(user).stream().map(ProjectRef::key).toList();
    }
}
