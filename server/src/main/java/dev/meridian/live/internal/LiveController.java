package dev.meridian.live.internal;

import dev.meridian.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class LiveController {

    private final LiveFeed feed;

    LiveController(LiveFeed feed) {
        this.feed = feed;
    }

    /**
     * Server-sent events: {@code ready} once, then {@code change} for every committed change the caller may see, and
     * {@code notification} for each new notification of the caller's own (never anyone else's). A
     * client that reconnects with the id of the last change it saw ({@code Last-Event-ID}, or {@code lastEventId} where
     * it cannot set headers) first gets what it missed, and {@code ready} says {@code "resumed": true}.
     */
    @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(CurrentUser user, @RequestHeader(name = "Last-Event-ID", required = false) String header,
            @RequestParam(name = "lastEventId", required = false) String parameter) {
        return feed.subscribe(user, eventId(header != null && !header.isBlank() ? header : parameter));
    }

    /** An id that is not ours (another server's, garbage) just means starting afresh, as EventSource clients expect. */
    private static Long eventId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
