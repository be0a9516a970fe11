package dev.meridian.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Reads server-sent events, one string per event ("event:change|data:{...}"), on a background thread. */
public final class EventStream implements AutoCloseable {

    private final int port;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private java.util.concurrent.CompletableFuture<?> running;

    public EventStream(int port) {
        this.port = port;
    }

    public BlockingQueue<String> connect(String email, String password, String lastEventId) {
        var auth = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/stream"))
                .header("Authorization", "Basic " + auth).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        var current = new StringBuilder();
        running = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.isEmpty()) {
                        if (!current.isEmpty()) {
                            events.add(current.toString());
                            current.setLength(0);
                        }
                    } else if (!line.startsWith(":")) {
                        current.append(current.isEmpty() ? "" : "|").append(line.replace("event: ", "event:").replace("data: ", "data:").replace("id: ", "id:"));
                    }
                }));
        return events;
    }

    @Override
    public void close() {
        if (running != null) {
            running.cancel(true);
        }
    }
}
