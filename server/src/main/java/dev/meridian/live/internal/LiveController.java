package dev.meridian.live.internal;

import dev.meridian.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class LiveController {

    private final Subscribers subscribers;

    LiveController(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    /** Server-sent events: {@code ready} once, then {@code change} for every committed change the caller may see. */
    @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(CurrentUser user) {
        return subscribers.subscribe(user);
    }
}
