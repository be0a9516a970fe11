package dev.meridian.live.internal;

import dev.meridian.events.Outbox.Notice;
import dev.meridian.identity.CurrentUser;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.projects.ProjectRef;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The open streams, each with the projects its user may browse (looked up again every half minute). */
@Component
class Subscribers {

    private static final Duration RECHECK = Duration.ofSeconds(30);

    private final ProjectAccess access;
    private final Clock clock;
    private final CopyOnWriteArrayList<Subscriber> all = new CopyOnWriteArrayList<>();

    Subscribers(ProjectAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    private final class Subscriber {
        final CurrentUser user;
        final SseEmitter emitter;
        volatile Set<String> projects;
        volatile Instant checked;

        Subscriber(CurrentUser user, SseEmitter emitter) {
            this.user = user;
            this.emitter = emitter;
            refresh();
        }

        void refresh() {
            projects = access.browsable(user).stream().map(ProjectRef::key).collect(Collectors.toUnmodifiableSet());
            checked = clock.instant();
        }

        boolean sees(String projectKey) {
            if (clock.instant().isAfter(checked.plus(RECHECK))) {
                refresh();
            }
            return projectKey == null ? user.siteAdmin() : projects.contains(projectKey);
        }
    }

    /** {@code missed}: the changes to replay first when the stream resumes; empty when it starts afresh. */
    SseEmitter subscribe(CurrentUser user, Optional<List<Notice>> missed) {
        var emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        var subscriber = new Subscriber(user, emitter);
        all.add(subscriber);
        emitter.onCompletion(() -> all.remove(subscriber));
        emitter.onTimeout(() -> all.remove(subscriber));
        emitter.onError(e -> all.remove(subscriber));
        send(subscriber, SseEmitter.event().name("ready")
                .data(Map.of("projects", subscriber.projects, "resumed", missed.isPresent()), MediaType.APPLICATION_JSON));
        missed.orElse(List.of()).forEach(notice -> sendIfSeen(subscriber, notice));
        return emitter;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    void publish(Notice notice) {
        all.forEach(s -> sendIfSeen(s, notice));
    }

    /** A change for one person only (a notification) goes to that person's streams alone, as a {@code notification}. */
    private void sendIfSeen(Subscriber s, Notice notice) {
        if (!s.sees(notice.projectKey())) {
            return;
        }
        if (notice.recipientId() != null) {
            if (notice.recipientId() == s.user.id()) {
                send(s, SseEmitter.event().id(String.valueOf(notice.position().id())).name("notification")
                        .data(Map.of("id", notice.aggregateId(), "issueKeys", notice.issueKeys(), "at", notice.occurredAt().toString()),
                                MediaType.APPLICATION_JSON));
            }
            return;
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("type", notice.type());
        data.put("aggregateType", notice.aggregateType());
        data.put("id", notice.aggregateId());
        data.put("projectKey", notice.projectKey());
        data.put("actorId", notice.actorId());
        data.put("version", notice.version());
        data.put("issueKeys", notice.issueKeys());
        data.put("at", notice.occurredAt().toString());
        send(s, SseEmitter.event().id(String.valueOf(notice.position().id())).name("change").data(data, MediaType.APPLICATION_JSON));
    }

    /**
     * A ping now and then keeps proxies from closing a quiet stream and finds the dead ones; a named event rather than
     * a comment line, so the page sees it too and can tell a quiet stream from a hung one.
     */
    void heartbeat() {
        all.forEach(s -> send(s, SseEmitter.event().name("ping").data(Map.of(), MediaType.APPLICATION_JSON)));
    }

    void closeAll() {
        all.forEach(s -> end(s.emitter::complete));
        all.clear();
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            all.remove(subscriber);
            end(() -> subscriber.emitter.completeWithError(gone));
        }
    }

    /**
     * Ending a stream whose connection already failed is refused by the container (its error handling has run); that
     * must not stop the caller, which may be the heartbeat going through every other stream.
     */
    private static void end(Runnable completion) {
        try {
            completion.run();
        } catch (IllegalStateException alreadyEnded) {
            // nothing left to end
        }
    }
}
