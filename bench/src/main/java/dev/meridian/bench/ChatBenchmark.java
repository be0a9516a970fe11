package dev.meridian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant's local provider over HTTP, one question at a time as a person asks: time to the first streamed
 * token and to the final event, per intent, on the HADOOP demo project. Arguments (key=value): baseUrl, password
 * (of admin@meridian.local), n (questions measured, 200), warmup (20).
 */
public final class ChatBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Intent, question; {K} is replaced by an issue key of HADOOP, different each time. */
    private static final List<String[]> QUESTIONS = List.of(
            new String[] {"count", "how many open issues are there in HADOOP?"},
            new String[] {"count", "how many blocker issues does HADOOP have"},
            new String[] {"list", "show me the open critical issues in HADOOP"},
            new String[] {"list", "newest issues in HADOOP"},
            new String[] {"group", "how many open issues in HADOOP by priority"},
            new String[] {"status", "what is the status of {K}?"},
            new String[] {"who", "who reported {K}?"},
            new String[] {"when", "when was {K} resolved?"},
            new String[] {"changes", "what changed in HADOOP since 2023-01-01?"},
            new String[] {"similar", "find issues similar to {K}"},
            new String[] {"summarize", "summarize {K}"},
            new String[] {"refusal", "what is the weather in Paris?"});

    private ChatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var base = options.text("baseUrl", "http://127.0.0.1:8080");
        int n = options.number("n", 200);
        int warmup = options.number("warmup", 20);
        var password = Base64.getEncoder().encodeToString(("admin@meridian.local:" + options.text("password", ""))
                .getBytes(StandardCharsets.UTF_8));
        var token = JSON.readTree(send(base, "POST", "/api/v1/myself/tokens", "{\"name\":\"chat-bench " + java.time.Instant.now() + "\"}", "Basic " + password, "application/json"))
                .get("secret").asString();
        var auth = "Basic " + Base64.getEncoder().encodeToString(("admin@meridian.local:" + token).getBytes(StandardCharsets.UTF_8));
        waitForHadoop(base, auth);
        var first = new TreeMap<String, List<Double>>();
        var whole = new TreeMap<String, List<Double>>();
        long conversation = 0;
        for (int i = 0; i < warmup + n; i++) {
            if (i % 10 == 0) {
                // People start a new chat now and then; ten questions a conversation.
                conversation = JSON.readTree(send(base, "POST", "/api/v1/assistant/conversations", "{\"project\":\"HADOOP\"}", auth,
                        "application/json")).get("id").asLong();
            }
            var q = QUESTIONS.get(i % QUESTIONS.size());
            var text = q[1].replace("{K}", "HADOOP-" + (1 + (i * 37) % 2500));
            var times = ask(base, auth, conversation, text);
            if (i >= warmup) {
                for (var intent : List.of(q[0], "all")) {
                    first.computeIfAbsent(intent, k -> new ArrayList<>()).add(times[0]);
                    whole.computeIfAbsent(intent, k -> new ArrayList<>()).add(times[1]);
                }
            }
        }
        System.out.println("| intent | questions | first token p50 ms | p95 ms | whole answer p50 ms | p95 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        first.forEach((intent, list) -> System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n", intent,
                list.size(), pct(list, 50), pct(list, 95), pct(whole.get(intent), 50), pct(whole.get(intent), 95), pct(whole.get(intent), 100)));
    }

    /** Milliseconds to the first token event and to the done event. */
    private static double[] ask(String base, String auth, long conversation, String text) throws Exception {
        var body = JSON.writeValueAsString(Map.of("text", text));
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/assistant/conversations/" + conversation + "/messages"))
                .header("Authorization", auth).header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + text);
        }
        double first = -1;
        double done = -1;
        try (var lines = response.body()) {
            for (var line : (Iterable<String>) lines::iterator) {
                double ms = (System.nanoTime() - start) / 1e6;
                if (first < 0 && line.startsWith("event:token")) {
                    first = ms;
                } else if (line.startsWith("event:done") || line.startsWith("event:error")) {
                    done = ms;
                }
            }
        }
        if (done < 0) {
            throw new IllegalStateException("no final event for " + text);
        }
        return new double[] {first < 0 ? done : first, done};
    }

    private static void waitForHadoop(String base, String auth) throws Exception {
        for (int i = 0; i < 600; i++) {
            var page = JSON.readTree(send(base, "GET", "/api/v1/issues?project=HADOOP&size=1", null, auth, null));
            if (page.path("total").asInt() >= 2503) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the HADOOP demo project did not load");
    }

    private static String send(String base, String method, String path, String body, String auth, String type) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).header("Accept", "application/json");
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            return "{}";
        }
        return response.body();
    }

    private static double pct(List<Double> values, int p) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
