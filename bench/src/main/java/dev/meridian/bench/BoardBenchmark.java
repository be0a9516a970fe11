package dev.meridian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One project with N issues (10,000 by default) on a kanban board and, all in its active sprint, a scrum board;
 * then board loads, backlog loads and rank moves (random, and all to the top, which forces rebalancing), printing one
 * Markdown table row per phase. Options: n, concurrency, loads, moves, project (see bench/README.md).
 */
public final class BoardBenchmark {

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var email = options.text("user", "admin@meridian.local");
        var api = new MeridianApi(options.text("baseUrl", "http://127.0.0.1:8080"), email, options.text("password", "adminpass123"))
                .withNewToken(email, "board-bench");
        int n = options.number("n", 10_000);
        int loads = options.number("loads", 30);
        int moves = options.number("moves", 1000);
        var project = options.text("project", "BOARD");
        api.ensureProject(project, "Board benchmark");
        var keys = new String[n];
        try (var probe = options.probe(); var runner = new LoadRunner(options.number("concurrency", 8), probe)) {
            var rows = new ArrayList<String>();
            rows.add(runner.run("create issue", n, i -> keys[i] = api.createIssue(Map.of("project", project, "type", "Story",
                    "summary", "Board benchmark issue " + i, "storyPoints", 1 + i % 8)).get("key").asString()).row());
            var kanban = api.call("POST", "/api/v1/boards", Map.of("project", project, "name", "Kanban", "kind", "kanban",
                    "swimlanes", "assignee"), 201).get("id").asLong();
            var scrum = api.call("POST", "/api/v1/boards", Map.of("project", project, "name", "Scrum", "kind", "scrum"), 201).get("id").asLong();
            var sprint = api.call("POST", "/api/v1/boards/" + scrum + "/sprints", Map.of("name", "Big sprint"), 201).get("id").asLong();
            var plan = runner.run("plan sprint (all issues, one request)", 1,
                    i -> api.call("POST", "/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(keys)), 200));
            rows.add(plan.row());
            api.call("POST", "/api/v1/sprints/" + sprint + "/start", Map.of(), 200);
            rows.add(runner.run("kanban board load (" + n + " cards)", loads, i -> check(api.call("GET", "/api/v1/boards/" + kanban + "/issues", null, 200).get("total").asInt(), n)).row());
            rows.add(runner.run("scrum board load (active sprint)", loads, i -> check(api.call("GET", "/api/v1/boards/" + scrum + "/issues", null, 200).get("total").asInt(), n)).row());
            rows.add(runner.run("backlog load", loads, i -> api.call("GET", "/api/v1/boards/" + scrum + "/backlog", null, 200)).row());
            var random = new SplittableRandom(42);
            int[][] pairs = new int[moves][2];
            for (var pair : pairs) {
                pair[0] = random.nextInt(n);
                do {
                    pair[1] = random.nextInt(n);
                } while (pair[1] == pair[0]);
            }
            rows.add(runner.run("rank move (random)", moves, i -> api.call("PUT", "/api/v1/issues/" + keys[pairs[i][0]] + "/rank",
                    Map.of(i % 2 == 0 ? "before" : "after", keys[pairs[i][1]]), 200)).row());
            var rewritten = new long[1];
            try (var single = new LoadRunner(1, probe)) {
                rows.add(single.run("rank move (to the top, one client)", moves / 2, i -> {
                    var top = api.search("project = " + project + " ORDER BY rank", 1).get("issues").get(0).get("key").asString();
                    var mover = keys[1 + i % (n - 1)];
                    if (!mover.equals(top)) {
                        rewritten[0] += api.call("PUT", "/api/v1/issues/" + mover + "/rank", Map.of("before", top), 200)
                                .get("rowsWritten").asLong();
                    }
                }).row());
            }
            System.out.println(PhaseResult.HEADER);
            rows.forEach(System.out::println);
            System.out.printf("%nRanks written by the %d moves to the top: %d (rebalancing included)%n", moves / 2, rewritten[0]);
        }
    }

    private static void check(int total, int expected) {
        if (total != expected) {
            throw new IllegalStateException("the board shows " + total + " issues, not " + expected);
        }
    }
}
