package dev.meridian.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times the first page of each of {@link JqlQueries} through {@code GET /api/v1/search}, one request at a time, as
 * the site admin (every project) and as a member of 5 projects; prints one Markdown table. With {@code jdbcUrl}, also
 * the database time per search from pg_stat_statements (when loaded) and, with the server's search SQL in its log
 * ({@code serverLog}), {@code EXPLAIN (ANALYZE, BUFFERS)} of each search into the folder {@code plans}.
 * Options (key=value arguments or -D properties) are listed in bench/README.md.
 */
public final class JqlBenchmark {

    private static final Pattern PROBLEM = Pattern.compile("answered (\\d+): .*?\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final int runs;
    private final int warmup;
    private final int maxResults;
    private final SearchSqlLog log;
    private final Optional<StatementStats> stats;

    private JqlBenchmark(int runs, int warmup, int maxResults, SearchSqlLog log, Optional<StatementStats> stats) {
        this.runs = runs;
        this.warmup = warmup;
        this.maxResults = maxResults;
        this.log = log;
        this.stats = stats;
    }

    record Caller(String name, MeridianApi api) {
    }

    /**
     * One query as one caller: its timings, or why it could not run; the SQL the server logged for it, the database
     * time per search and the statements that took most of it (NaN and empty without pg_stat_statements).
     */
    record Outcome(String jql, Caller caller, long total, PhaseResult timings, String error,
            List<SearchSqlLog.Statement> statements, double sqlMillis, List<StatementStats.Statement> top) {
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var baseUrl = options.text("baseUrl", "http://127.0.0.1:8080");
        var email = options.text("user", "admin@meridian.local");
        var member = JqlDataset.member();
        var callers = List.of(
                new Caller("admin", new MeridianApi(baseUrl, email, options.text("password", "adminpass123")).withNewToken(email, "jql-bench")),
                new Caller("member of 5", new MeridianApi(baseUrl, member.email(), JqlDataset.USER_PASSWORD).withNewToken(member.email(), "jql-bench")));
        try {
            callers.get(0).api().search("", 1);
        } catch (IOException e) {
            if (e.getMessage().contains(" answered 404")) {
                System.out.println("No search endpoint: GET /api/v1/search answered 404 (a server without JQL search); nothing timed.");
                return;
            }
        }
        var jdbcUrl = options.optional("jdbcUrl");
        try (var connection = jdbcUrl.isPresent() ? connect(jdbcUrl.get(), options) : null) {
            var stats = connection == null ? Optional.<StatementStats>empty() : StatementStats.open(connection);
            if (connection != null) {
                System.out.println(describe(connection, stats.isPresent()));
            }
            var bench = new JqlBenchmark(options.number("runs", 30), options.number("warmup", 3), options.number("maxResults", 50),
                    new SearchSqlLog(options.path("serverLog", "server.log")), stats);
            var outcomes = new LinkedHashMap<String, List<Outcome>>();
            System.out.println(HEADER);
            // Every search `warmup` times per caller, then the cheap ones (they run the same parse, compile, page and
            // summaries code as the rest) over and over for `warmupSeconds`, then a pause for the compiler threads to
            // finish: a server up for a minute has long compiled the search path, while after 3 rounds the JIT still took
            // 20-30 ms of CPU per search (more than the search itself) and the slowest of 15 timings was a compilation.
            for (int round = 0; round < Math.max(1, bench.warmup); round++) {
                for (var jql : JqlQueries.all()) {
                    for (var caller : callers) {
                        bench.warmUp(caller, jql);
                    }
                }
            }
            var warmed = bench.warmUpFor(callers, options.number("warmupSeconds", 60));
            System.err.printf("Warm-up: %,d more searches in %d s%n", warmed, options.number("warmupSeconds", 60));
            Thread.sleep(3_000);
            try (var probe = options.probe(); var runner = new LoadRunner(1, probe)) {
                int n = 0;
                for (var jql : JqlQueries.all()) {
                    n++;
                    var rows = new ArrayList<Outcome>();
                    for (var caller : callers) {
                        var outcome = bench.run(runner, caller, jql);
                        System.out.println(row(rows.isEmpty() ? n : 0, outcome)); // as it comes: a run cut short still says something
                        rows.add(outcome);
                    }
                    outcomes.put(jql, rows);
                }
            }
            var plans = options.optional("plans").map(Path::of);
            if (plans.isPresent() && connection != null) {
                System.out.println();
                System.out.println(new PlanReport(new QueryPlans(connection), plans.get()).write(outcomes));
            }
        }
    }

    /** The search's time in ms, or infinity when it failed. */
    private double warmUp(Caller caller, String jql) throws InterruptedException {
        long start = System.nanoTime();
        try {
            caller.api().search(jql, maxResults);
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            return Double.POSITIVE_INFINITY; // reported when the search is timed
        }
    }

    /** Runs the searches that answer within 100 ms round after round until {@code seconds} passed; returns how many ran. */
    private int warmUpFor(List<Caller> callers, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var cheap = new ArrayList<Map.Entry<Caller, String>>();
        for (var jql : JqlQueries.all()) {
            for (var caller : callers) {
                if (warmUp(caller, jql) <= 100) {
                    cheap.add(Map.entry(caller, jql));
                }
            }
        }
        int count = 0;
        while (!cheap.isEmpty() && System.nanoTime() < end) {
            var search = cheap.get(count++ % cheap.size());
            warmUp(search.getKey(), search.getValue());
        }
        return count;
    }

    private Outcome run(LoadRunner runner, Caller caller, String jql) throws Exception {
        long offset = log.size();
        long total;
        try {
            total = caller.api().search(jql, maxResults).get("total").asLong();
        } catch (IOException e) {
            return new Outcome(jql, caller, -1, null, problem(e.getMessage()), List.of(), Double.NaN, List.of());
        }
        var statements = log.since(offset);
        for (int i = 0; i < warmup; i++) {
            caller.api().search(jql, maxResults);
        }
        if (stats.isPresent()) {
            stats.get().reset();
        }
        var timings = runner.run(caller.name(), runs, i -> caller.api().search(jql, maxResults));
        double sqlMillis = stats.isPresent() ? stats.get().millisPerSearch(runs) : Double.NaN;
        var top = stats.isPresent() ? stats.get().top(runs, 3) : List.<StatementStats.Statement>of();
        return new Outcome(jql, caller, total, timings, null, statements, sqlMillis, top);
    }

    /** "GET /api/v1/search answered 400: {…"detail":"…"…}" as "400: detail". */
    private static String problem(String message) {
        var m = PROBLEM.matcher(message);
        return m.find() ? m.group(1) + ": " + m.group(2) : message;
    }

    private static final String HEADER = """
            | # | JQL | caller | total | p50 ms | p95 ms | max ms | errors | SQL ms | server CPU ms | of which JIT ms | db CPU ms |
            |---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|""";

    /** A row of the table; {@code number} 0 for the second caller of a query, whose number and JQL are left blank. */
    private static String row(int number, Outcome o) {
        var n = number == 0 ? "" : String.valueOf(number);
        var jql = number == 0 ? "" : "`" + o.jql().replace("|", "\\|") + "`";
        if (o.error() != null) {
            return String.format("| %s | %s | %s | – | error: %s | | | | | | | |", n, jql, o.caller().name(),
                    o.error().replace("|", "\\|").replace("\n", " "));
        }
        var t = o.timings();
        return String.format(Locale.ROOT, "| %s | %s | %s | %,d | %s | %s | %s | %d | %s | %.1f | %.1f | %.1f |", n, jql,
                o.caller().name(), o.total(), t.percentile(50), t.percentile(95), t.max(), t.errors(),
                Double.isNaN(o.sqlMillis()) ? "–" : String.format(Locale.ROOT, "%.1f", o.sqlMillis()),
                t.usage().serverCpuNanos() / 1e6 / t.count(), t.usage().serverJitCpuNanos() / 1e6 / t.count(),
                t.usage().dbCpuNanos() / 1e6 / t.count());
    }

    private static Connection connect(String url, Options options) throws SQLException {
        return DriverManager.getConnection(url, options.text("jdbcUser", "postgres"), options.text("jdbcPassword", ""));
    }

    private static String describe(Connection connection, boolean statementStats) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("""
                select (select count(*) from issues), (select count(*) from projects),
                       pg_size_pretty(pg_database_size(current_database())), current_setting('server_version'),
                       current_setting('shared_buffers'), current_setting('work_mem')""")) {
            rs.next();
            return String.format(Locale.ROOT, "%,d issues in %d projects; database %s; PostgreSQL %s, shared_buffers=%s, work_mem=%s%s.%n",
                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    statementStats ? "; SQL ms = all statements' execution time per search (pg_stat_statements)" : "");
        }
    }
}
