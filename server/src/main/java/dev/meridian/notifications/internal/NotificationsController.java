package dev.meridian.notifications.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.notifications.Notification;
import dev.meridian.notifications.Notifications;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/myself/notifications")
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The caller's notifications, newest first; {@code unread=true}: only those not read yet. */
    @GetMapping
    Page<Notification> list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, CurrentUser me) {
        return notifications.inbox(me, unread, PageRequest.of(page, size));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(CurrentUser me) {
        return Map.of("unread", notifications.unread(me));
    }

    @PostMapping("/{id}/read")
    Notification read(@PathVariable long id, CurrentUser me) {
        return notifications.markRead(id, me);
    }

    @PostMapping("/read-all")
    Map<String, Long> readAll(CurrentUser me) {
        return Map.of("marked", notifications.markAllRead(me));
    }
}
