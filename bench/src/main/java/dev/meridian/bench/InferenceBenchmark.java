package dev.meridian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Inference latency on the HADOOP demo project: trains its model through the API (full, then incremental after new
 * issues arrive, timing both), then measures {@code GET /issues/{key}/similar?limit=10} on random issues and
 * {@code POST /projects/HADOOP/suggestions} on drafts whose text the server has never embedded.
 */
public final class InferenceBenchmark {

    private InferenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var project = options.text("project", "HADOOP");
        int n = options.number("n", 500);
        int warmup = options.number("warmup", 50);
        var admin = new MeridianApi(options.text("baseUrl", "http://127.0.0.1:8080"), options.text("email", "admin@meridian.local"),
                options.text("password", "")).withNewToken(options.text("email", "admin@meridian.local"), "inference-bench");
        awaitProject(admin, project);
        var issues = new ArrayList<JsonNode>();
        for (int page = 0; ; page++) {
            var items = admin.get("/api/v1/issues?project=" + project + "&size=500&page=" + page).get("items");
            items.forEach(issues::add);
            if (items.size() < 500) {
                break;
            }
        }
        var full = train(admin, project, "full");
        var texts = new SampleTexts(admin, issues, new Random(7));
        for (int i = 0; i < options.number("newIssues", 25); i++) {
            admin.createIssue(Map.of("project", project, "type", "Bug", "summary", texts.summary(), "description", texts.description()));
        }
        var incremental = train(admin, project, "incremental");

        var random = new Random(11);
        var keys = issues.stream().map(i -> i.get("key").asString()).toList();
        try (var probe = options.probe(); var runner = new LoadRunner(options.number("concurrency", 1), probe)) {
            runner.run("warm-up", warmup, i -> admin.get("/api/v1/issues/" + keys.get(random.nextInt(keys.size())) + "/similar?limit=10"));
            runner.run("warm-up", warmup, i -> admin.post("/api/v1/projects/" + project + "/suggestions", texts.draft(), 200));
            var similar = runner.run("GET /issues/{key}/similar?limit=10", n,
                    i -> admin.get("/api/v1/issues/" + keys.get(random.nextInt(keys.size())) + "/similar?limit=10"));
            var suggestions = runner.run("POST /projects/" + project + "/suggestions (new text)", n,
                    i -> admin.post("/api/v1/projects/" + project + "/suggestions", texts.draft(), 200));
            System.out.println("Training (" + issues.size() + " issues):\n");
            System.out.println("| mode | job seconds | recall@1 | recall@10 | BM25 recall@10 | priority macro-F1 | version |");
            System.out.println("|---|---:|---:|---:|---:|---:|---|");
            System.out.println(full.row());
            System.out.println(incremental.row());
            System.out.println("\nInference (" + options.number("concurrency", 1) + " client(s), after " + warmup + " warm-up calls each):\n");
            System.out.println(PhaseResult.HEADER);
            System.out.println(similar.row());
            System.out.println(suggestions.row());
        }
    }

    static void awaitProject(MeridianApi admin, String project) throws Exception {
        for (int i = 0; i < 600 && admin.status("/api/v1/projects/" + project) != 200; i++) {
            Thread.sleep(1000);
        }
        // The demo import creates the project first, then its issues: wait until the count stops moving.
        long before = -1;
        for (long now = total(admin, project); now != before || now == 0; now = total(admin, project)) {
            before = now;
            Thread.sleep(3000);
        }
    }

    private static long total(MeridianApi admin, String project) throws Exception {
        return admin.get("/api/v1/issues?project=" + project + "&size=1").get("total").asLong();
    }

    /** Trains once the pipeline has stored every change: the local trainer learns from the sealed dataset snapshot. */
    static Trained train(MeridianApi admin, String project, String mode) throws Exception {
        PipelineBenchmark.awaitDrained(admin);
        long started = System.nanoTime();
        var job = admin.post("/api/v1/training/jobs", Map.of("project", project, "mode", mode), 202);
        long id = job.get("id").asLong();
        while ("running".equals(job.get("status").asString())) {
            Thread.sleep(500);
            job = admin.get("/api/v1/training/jobs/" + id);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!"succeeded".equals(job.get("status").asString())) {
            throw new IllegalStateException("Training job " + id + " ended " + job.get("status").asString() + ": " + job.get("failure"));
        }
        JsonNode version = null;
        for (var v : admin.get("/api/v1/models?project=" + project)) {
            if (v.get("id").asLong() == job.get("modelVersionId").asLong()) {
                version = v;
            }
        }
        return new Trained(mode, seconds, version);
    }

    record Trained(String mode, double seconds, JsonNode version) {

        String row() {
            var m = version.get("metrics");
            return String.format(Locale.ROOT, "| %s | %.1f | %s | %s | %s | %s | %s (%s) |", mode, seconds, metric(m, "duplicates.recall@1"),
                    metric(m, "duplicates.recall@10"), metric(m, "duplicates.bm25.recall@10"), metric(m, "triage.priority.macroF1"),
                    version.get("label").asString(), version.get("status").asString());
        }

        private static String metric(JsonNode metrics, String name) {
            return metrics.has(name) ? String.format(Locale.ROOT, "%.3f", metrics.get(name).asDouble()) : "–";
        }
    }

    /** Drafts mixing a summary of one issue with the description of another, so every text is new to the server. */
    private static final class SampleTexts {

        private final List<String> summaries = new ArrayList<>();
        private final List<String> descriptions = new ArrayList<>();
        private final Random random;
        private int counter;

        SampleTexts(MeridianApi admin, List<JsonNode> issues, Random random) throws Exception {
            this.random = random;
            for (int i = 0; i < 200 && i < issues.size(); i++) {
                var issue = admin.get("/api/v1/issues/" + issues.get(random.nextInt(issues.size())).get("key").asString());
                summaries.add(issue.get("summary").asString());
                descriptions.add(issue.path("description").asString(""));
            }
        }

        synchronized String summary() {
            return summaries.get(random.nextInt(summaries.size())) + " (" + (++counter) + ")";
        }

        synchronized String description() {
            var d = descriptions.get(random.nextInt(descriptions.size()));
            return d.substring(0, Math.min(d.length(), 600));
        }

        Map<String, Object> draft() {
            return Map.of("summary", summary(), "description", description());
        }
    }
}
