package dev.meridian.bench;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The JQL benchmark's data: projects, people, memberships, components and versions through the REST API (so each
 * project gets its default scheme as a user's would), then {@code issues} issues spread evenly over the projects,
 * created over the last three years, with their history, bulk-loaded with COPY into the server's own database.
 * Options (key=value arguments or -D properties) are listed in bench/README.md.
 */
public final class JqlDataGenerator {

    private static final Duration WINDOW = Duration.ofDays(3 * 365);
    private static final double[] RELEASED_AT = {0.2, 0.45, 0.7, 0.9};

    private JqlDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var url = options.optional("jdbcUrl").orElseThrow(() -> new IllegalArgumentException("jdbcUrl=... is required"));
        var email = options.text("user", "admin@meridian.local");
        var api = new MeridianApi(options.text("baseUrl", "http://127.0.0.1:8080"), email, options.text("password", "adminpass123"))
                .withNewToken(email, "jql-data");
        var samples = SampleIssues.load(options.path("issues", "server/src/main/resources/demo/apache-hadoop/issues.csv"));
        int total = options.number("n", 1_000_000);
        int perProject = total / JqlDataset.PROJECTS.size();
        var end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var start = end.minus(WINDOW);

        long t0 = System.nanoTime();
        System.err.printf("Creating %d people and %d projects through the API%n", JqlDataset.USERS, JqlDataset.PROJECTS.size());
        createThroughApi(api, start);
        double apiSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("API set-up done in %.0f s; loading %,d issues (%,d per project)%n", apiSeconds,
                perProject * JqlDataset.PROJECTS.size(), perProject);
        long t1 = System.nanoTime();
        try (var connection = DriverManager.getConnection(url, options.text("jdbcUser", "postgres"), options.text("jdbcPassword", ""))) {
            new BulkLoad(connection, System.out).run(JqlDataset.PROJECTS, perProject, samples, start, end, options.number("seed", 42));
            StatementStats.preload(connection); // for the benchmark, after a restart
        }
        System.out.printf(Locale.ROOT, "%nGenerated %,d issues in %d projects, created between %s and %s, for %d people: "
                + "API set-up %.0f s, bulk load %.0f s.%n", perProject * JqlDataset.PROJECTS.size(), JqlDataset.PROJECTS.size(),
                LocalDate.ofInstant(start, ZoneOffset.UTC), LocalDate.ofInstant(end, ZoneOffset.UTC), JqlDataset.USERS,
                apiSeconds, (System.nanoTime() - t1) / 1e9);
    }

    private static void createThroughApi(MeridianApi api, Instant start) throws Exception {
        for (var person : JqlDataset.people()) {
            api.ensureUser(person.email(), person.displayName(), JqlDataset.USER_PASSWORD);
        }
        for (int p = 0; p < JqlDataset.PROJECTS.size(); p++) {
            var key = JqlDataset.PROJECTS.get(p);
            api.ensureProject(key, JqlDataset.projectName(key));
            for (var component : JqlDataset.components(p)) {
                api.addComponent(key, component);
            }
            var released = JqlDataset.RELEASED_VERSIONS;
            for (int v = 0; v < released.size(); v++) {
                var date = LocalDate.ofInstant(start.plus(Duration.ofSeconds((long) (WINDOW.getSeconds() * RELEASED_AT[v]))),
                        ZoneOffset.UTC);
                api.addVersion(key, released.get(v), true, date.plusDays(p)); // projects release on different days
            }
            for (var version : JqlDataset.UNRELEASED_VERSIONS) {
                api.addVersion(key, version, false, null);
            }
            for (var member : JqlDataset.members(p)) {
                api.setMember(key, member.email(), JqlDataset.role(p, member));
            }
        }
    }
}
