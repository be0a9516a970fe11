package dev.meridian.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Loads N issues through the REST API, then reads, edits and lists them, printing one Markdown table row per phase.
 * Options (key=value arguments or -D properties) are listed in bench/README.md.
 */
public final class ApiBenchmark {

    private static final List<String> PHASES = List.of("create", "get", "update", "list", "list0");

    private final MeridianApi api;
    private final SampleIssues samples;
    private final String project;
    private final int pageSize;
    private final String[] keys;
    private final AtomicIntegerArray versions;
    private final int[] updateOrder;

    private ApiBenchmark(MeridianApi api, SampleIssues samples, String project, int n, int pageSize, long seed) {
        this.api = api;
        this.samples = samples;
        this.project = project;
        this.pageSize = pageSize;
        this.keys = new String[n];
        this.versions = new AtomicIntegerArray(n);
        this.updateOrder = shuffled(n, seed);
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var email = options.text("user", "admin@meridian.local");
        var api = new MeridianApi(options.text("baseUrl", "http://127.0.0.1:8080"), email, options.text("password", "adminpass123"))
                .withNewToken(email, "bench");
        var samples = SampleIssues.load(options.path("issues", "server/src/main/resources/demo/apache-hadoop/issues.csv"));
        int n = options.number("n", 10_000);
        int warmup = options.number("warmup", 500);
        int pageSize = options.number("pageSize", 50);
        var phases = options.list("phases", "create,get,update,list");
        if (!PHASES.containsAll(phases) || !phases.get(0).equals("create")) {
            throw new IllegalArgumentException("phases must start with create and be among " + PHASES + ": " + phases);
        }
        var counts = Map.of("create", n, "get", options.number("gets", n), "update", options.number("updates", n),
                "list", options.number("lists", 1000), "list0", options.number("lists", 1000));
        System.err.printf("%d sample issues; N=%d, concurrency %s, warm-up %d per phase%n", samples.size(), n,
                options.text("concurrency", "8"), warmup);
        try (var probe = options.probe(); var runner = new LoadRunner(options.number("concurrency", 8), probe)) {
            if (warmup > 0) {
                var warm = new ApiBenchmark(api, samples, options.text("warmupProject", "WARM"), warmup, pageSize, 1);
                api.ensureProject(warm.project, "Benchmark warm-up");
                for (var phase : phases) {
                    System.err.println("warm-up " + warm.run(runner, phase, warmup).row());
                }
            }
            var bench = new ApiBenchmark(api, samples, options.text("project", "BENCH"), n, pageSize, 42);
            api.ensureProject(bench.project, "Benchmark");
            System.out.println(PhaseResult.HEADER);
            for (var phase : phases) {
                System.out.println(bench.run(runner, phase, counts.get(phase)).row());
            }
        }
    }

    private PhaseResult run(LoadRunner runner, String phase, int count) throws Exception {
        return switch (phase) {
            case "create" -> runner.run(phase, count, this::create);
            case "get" -> runner.run(phase, count, i -> api.getIssue(keys[random(keys.length)]));
            case "update" -> runner.run(phase, count, this::update);
            case "list" -> runner.run("list (random page)", count, i -> api.listIssues(project, random(pages()), pageSize));
            case "list0" -> runner.run("list (first page)", count, i -> api.listIssues(project, 0, pageSize));
            default -> throw new IllegalArgumentException("Unknown phase " + phase);
        };
    }

    private void create(int i) throws Exception {
        var created = api.createIssue(samples.newIssue(project, i));
        keys[i] = created.get("key").asString();
        versions.set(i, created.get("version").asInt());
    }

    /** Each issue in turn (shuffled), sending the version last seen: a 409 here would be a lost update. */
    private void update(int i) throws Exception {
        int issue = updateOrder[i % updateOrder.length];
        var summary = "Edited: " + samples.sample(issue + 7).summary();
        var updated = api.updateIssue(keys[issue], Map.of("summary", summary.substring(0, Math.min(255, summary.length())),
                "version", versions.get(issue)));
        versions.set(issue, updated.get("version").asInt());
    }

    private int pages() {
        return Math.max(1, (keys.length + pageSize - 1) / pageSize);
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    private static int[] shuffled(int n, long seed) {
        var order = new int[n];
        var random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        return order;
    }
}
