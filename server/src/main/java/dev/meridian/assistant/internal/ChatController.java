package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.Conversations.Conversation;
import dev.meridian.assistant.internal.Conversations.Message;
import dev.meridian.assistant.internal.Conversations.Thread;
import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import dev.meridian.platform.ProblemException;
import dev.meridian.platform.ReaderZone;
import dev.meridian.projects.ProjectAccess;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class ChatController {

    private static final Logger log = LoggerFactory.getLogger(ChatController.class);
    private static final long STREAM_TIMEOUT_MS = 120_000;

    private final Conversations conversations;
    private final Chat chat;
    private final ProjectAccess access;
    private final ExecutorService answering;

    ChatController(Conversations conversations, Chat chat, ProjectAccess access) {
        this.conversations = conversations;
        this.chat = chat;
        this.access = access;
        var threads = new AtomicInteger();
        this.answering = Executors.newFixedThreadPool(4, r -> {
            var t = new java.lang.Thread(r, "assistant-answer-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        answering.shutdownNow();
    }

    record NewConversation(String title, String project) {
    }

    record Rename(String title) {
    }

    /** {@code zone}: the reader's time zone (an IANA name), in which the answer writes times; UTC when missing. */
    record Question(String text, String zone) {
    }

    record Rating(String rating, String comment) {
    }

    /** A new conversation; {@code project} (optional) is the project questions are about when they name none. */
    @PostMapping("/api/v1/assistant/conversations")
    @ResponseStatus(HttpStatus.CREATED)
    Conversation create(@RequestBody(required = false) NewConversation body, CurrentUser user) {
        var project = body == null || body.project() == null || body.project().isBlank() ? null : access.browse(body.project(), user).key();
        return conversations.create(body == null ? null : body.title(), project, user);
    }

    /** The caller's conversations, the most recently active first. */
    @GetMapping("/api/v1/assistant/conversations")
    Page<Conversation> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, CurrentUser user) {
        return conversations.list(PageRequest.of(page, size), user);
    }

    @GetMapping("/api/v1/assistant/conversations/{id}")
    Thread get(@PathVariable long id, CurrentUser user) {
        return conversations.thread(id, user);
    }

    @PatchMapping("/api/v1/assistant/conversations/{id}")
    Conversation rename(@PathVariable long id, @RequestBody Rename body, CurrentUser user) {
        return conversations.rename(id, body.title(), user);
    }

    @DeleteMapping("/api/v1/assistant/conversations/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        conversations.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    /**
     * Asks a question. The answer comes as server-sent events ({@code question}, then {@code token} events with
     * {@code {"text"}} chunks, a {@code restart} with a note if the provider failed over, then {@code done} with the
     * stored answer: text, citations, model), or as one JSON object when the client accepts only application/json.
     */
    @PostMapping("/api/v1/assistant/conversations/{id}/messages")
    ResponseEntity<ResponseBodyEmitter> ask(@PathVariable long id, @RequestBody Question body,
            @RequestHeader(value = "Accept", required = false) String accept, CurrentUser user) {
        var asked = chat.ask(id, body.text(), ReaderZone.of(body.zone()), user);
        if (wantsJson(accept)) {
            var emitter = new ResponseBodyEmitter();
            var answer = chat.answer(asked.ask(), chunk -> { }, note -> { });
            try {
                emitter.send(chat.store(id, answer), MediaType.APPLICATION_JSON);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            emitter.complete();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(emitter);
        }
        var emitter = new SseEmitter(STREAM_TIMEOUT_MS);
        answering.execute(() -> stream(asked, emitter));
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).header("Cache-Control", "no-store")
                .header("X-Accel-Buffering", "no").body(emitter);
    }

    private void stream(Chat.Asked asked, SseEmitter emitter) {
        var sent = new StringBuilder();
        try {
            send(emitter, "question", asked.question());
            var answer = chat.answer(asked.ask(), chunk -> {
                send(emitter, "token", Map.of("text", chunk));
                sent.append(chunk);
            }, note -> {
                send(emitter, "restart", Map.of("note", note));
                sent.setLength(0);
            });
            send(emitter, "done", chat.store(asked.conversationId(), answer));
            emitter.complete();
        } catch (Stopped stopped) {
            // The reader pressed stop or went away: keep what they saw.
            var partial = sent.toString();
            if (!partial.isBlank()) {
                chat.store(asked.conversationId(), new Answer(partial, java.util.List.of(), LocalProvider.MODEL, null,
                        java.util.List.of(), asked.ask().projectKey(), "Stopped before the end."));
            }
        } catch (ProblemException e) {
            sendQuietly(emitter, "error", Map.of("status", e.status().value(), "detail", e.getMessage()));
            emitter.complete();
        } catch (RuntimeException e) {
            log.error("The assistant failed to answer", e);
            sendQuietly(emitter, "error", Map.of("status", 500, "detail",
                    "Something went wrong on our side while answering; your question is saved. Please try again."));
            emitter.complete();
        }
    }

    /** Thumbs up or down ({@code "up"}/{@code "down"}) with an optional comment, on one of the caller's answers. */
    @PutMapping("/api/v1/assistant/messages/{id}/feedback")
    Message rate(@PathVariable long id, @RequestBody Rating body, CurrentUser user) {
        return conversations.rate(id, body.rating(), body.comment(), user);
    }

    private static boolean wantsJson(String accept) {
        return accept != null && accept.contains("application/json") && !accept.contains("text/event-stream");
    }

    private static void send(SseEmitter emitter, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            throw new Stopped();
        }
    }

    private static void sendQuietly(SseEmitter emitter, String event, Object data) {
        try {
            send(emitter, event, data);
        } catch (Stopped ignored) {
            // nobody is listening any more
        }
    }

    /** The client closed the stream. */
    private static final class Stopped extends RuntimeException {

        Stopped() {
            super(null, null, false, false);
        }
    }
}
