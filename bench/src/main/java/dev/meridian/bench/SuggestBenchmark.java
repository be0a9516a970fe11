package dev.meridian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Create-issue suggestions while people type: after training the HADOOP model through the API, {@code users} typists
 * write drafts whose summaries are HADOOP summaries, word by word. Each word takes 150–450 ms to type; the pause after
 * it sends {@code POST /projects/HADOOP/suggestions} with the draft so far once 250 ms pass without a key (as the web
 * app's create dialog does), and typing goes on meanwhile. A draft ends with its summary and the next begins. Every
 * request is timed to its answer; one answered after the typist's next request went out would have been replaced (the
 * dialog aborts it) and is counted as late. Arguments (key=value): baseUrl, password, users (1,4,8,16), seconds (30 per
 * level), warmup (seconds, 10), serverPid, pgData, jdbcUrl (for CPU per request).
 */
public final class SuggestBenchmark {

    private static final long DEBOUNCE_MS = 250;

    private SuggestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var project = options.text("project", "HADOOP");
        var admin = new MeridianApi(options.text("baseUrl", "http://127.0.0.1:8080"), options.text("email", "admin@meridian.local"),
                options.text("password", "")).withNewToken(options.text("email", "admin@meridian.local"), "suggest-bench");
        InferenceBenchmark.awaitProject(admin, project);
        var summaries = new ArrayList<String>();
        for (int page = 0; ; page++) {
            var items = admin.get("/api/v1/issues?project=" + project + "&size=500&page=" + page).get("items");
            items.forEach(i -> summaries.add(i.get("summary").asString()));
            if (items.size() < 500) {
                break;
            }
        }
        var trained = InferenceBenchmark.train(admin, project, "full");
        System.out.printf(Locale.ROOT, "Model %s trained on %d issues in %.0f s.%n%n", trained.version().get("label").asString(),
                summaries.size(), trained.seconds());
        // The first request builds the similar-issue index (seconds): alone, so that no typist queues behind it.
        long built = System.nanoTime();
        admin.post("/api/v1/projects/" + project + "/suggestions", Map.of("summary", summaries.get(0), "description", ""), 200);
        System.out.printf(Locale.ROOT, "First request (builds the index): %.1f s.%n%n", (System.nanoTime() - built) / 1e9);
        System.out.println("| typists | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | late | server CPU ms/req "
                + "| db CPU ms/req | load average before → after |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        try (var probe = options.probe()) {
            level(admin, project, summaries, 2, options.number("warmup", 10), probe);
            for (var users : options.list("users", "1,4,8,16")) {
                System.out.println(level(admin, project, summaries, Integer.parseInt(users.trim()), options.number("seconds", 30), probe));
            }
        }
    }

    private static String level(MeridianApi api, String project, List<String> summaries, int users, int seconds, Usage.Probe probe)
            throws Exception {
        var latencies = new ConcurrentHistogram(600_000_000_000L, 3);
        var errors = new AtomicLong();
        var late = new AtomicLong();
        var requests = Executors.newCachedThreadPool();
        var typists = Executors.newFixedThreadPool(users);
        var load = loadAverage();
        var before = probe.snapshot();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int u = 0; u < users; u++) {
            var random = new Random(31L * u + users);
            typists.submit(() -> {
                type(api, project, summaries, random, end, requests, latencies, errors, late);
                return null;
            });
        }
        typists.shutdown();
        typists.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        requests.shutdown();
        // Every request of this level is answered before the next level starts.
        requests.awaitTermination(600, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        var used = probe.snapshot().minus(before);
        long count = latencies.getTotalCount() + errors.get();
        return String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %s | %s | %s | %s | %.1f%% | %.1f | %.1f | %s → %s |", users, count,
                errors.get(), count * 1e9 / elapsed, ms(latencies, 50), ms(latencies, 95), ms(latencies, 99),
                String.format(Locale.ROOT, "%.0f", latencies.getMaxValue() / 1e6), 100.0 * late.get() / Math.max(1, count),
                used.serverCpuNanos() / 1e6 / Math.max(1, count), used.dbCpuNanos() / 1e6 / Math.max(1, count), load, loadAverage());
    }

    /** One typist until {@code end}: drafts word by word, a request in each pause, never waiting for an answer. */
    private static void type(MeridianApi api, String project, List<String> summaries, Random random, long end,
            ExecutorService requests, Histogram latencies, AtomicLong errors, AtomicLong late) throws InterruptedException {
        var lastSent = new AtomicLong();
        while (System.nanoTime() < end) {
            var words = summaries.get(random.nextInt(summaries.size())).split("\\s+");
            var draft = new StringBuilder();
            for (int w = 0; w < words.length && System.nanoTime() < end; w++) {
                draft.append(w == 0 ? "" : " ").append(words[w]);
                Thread.sleep(150 + random.nextInt(300) + DEBOUNCE_MS);
                var text = draft.toString();
                long sent = System.nanoTime();
                lastSent.set(sent);
                requests.submit(() -> {
                    try {
                        api.post("/api/v1/projects/" + project + "/suggestions", Map.of("summary", text, "description", ""), 200);
                        latencies.recordValue(System.nanoTime() - sent);
                        if (lastSent.get() != sent) {
                            late.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                });
            }
        }
    }

    private static String ms(Histogram h, double percentile) {
        return String.format(Locale.ROOT, "%.0f", h.getValueAtPercentile(percentile) / 1e6);
    }

    private static String loadAverage() {
        try {
            var fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
