package dev.meridian.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import dev.meridian.importing.internal.DemoProject;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Training;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The chat's evaluation on the HADOOP demo project (assistant/chat-eval.tsv): each question is asked through the API
 * by a viewer of HADOOP, and the answer is scored against what the database says, computed here with SQL (not with
 * the assistant's own JQL). Two people get a few HADOOP issues assigned and one issue a fresh change, so that who-
 * and what-changed questions have answers. Prints accuracy per intent and per split (tune / held out).
 */
@MeridianTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantEvaluationTest {

    /** The issue asks at least 0.80 of the local provider. */
    static final double REQUIRED_ACCURACY = 0.80;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String FROM = """
            from issues i join projects pr on pr.id = i.project_id join statuses s on s.id = i.status_id
            left join priorities p on p.id = i.priority_id left join resolutions r on r.id = i.resolution_id
            join issue_types t on t.id = i.type_id left join users a on a.id = i.assignee_id
            where pr.key = 'HADOOP' and\s""";
    private static final Pattern RANKED = Pattern.compile("(?m)^\\d+\\. \\*\\*([A-Z]+-\\d+)\\*\\*");
    private static final Pattern AFFECTS = Pattern.compile("affects\\('([^']+)'\\)");
    private static final int QUESTIONS_PER_ASKER = 15;
    private static final String BROKEN = "the expectation could not be computed: ";

    @LocalServerPort
    int port;
    @Autowired
    DemoProject demo;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, String> vars = new HashMap<>();
    private final List<Api> askers = new ArrayList<>();
    private List<Outcome> outcomes;

    @BeforeAll
    void loadHadoopAndGiveSomeIssuesToTwoPeople() {
        var admin = users.require(Api.ADMIN_EMAIL);
        demo.create(new CurrentUser(admin.id(), admin.email(), admin.displayName(), true));
        var fixtures = new Fixtures(port);
        var noor = fixtures.user("noor", "Noor Haddad");
        var tomas = fixtures.user("tomas", "Tomas Lindqvist");
        fixtures.member("HADOOP", noor, "member");
        fixtures.member("HADOOP", tomas, "member");
        vars.put("NOOR", "Noor Haddad");
        vars.put("TOMAS", "Tomas Lindqvist");
        var open = keys("s.name = 'Open' and p.name = 'Major' and i.assignee_id is null order by i.number", 12);
        for (int k = 1; k < 9; k++) {
            assign(open.get(k), noor, fixtures);
        }
        for (int k = 9; k < 12; k++) {
            assign(open.get(k), tomas, fixtures);
        }
        vars.put("OPEN_KEY", open.get(0));
        vars.put("NOOR_KEY", open.get(1));
        vars.put("TOMAS_KEY", open.get(9));
        vars.put("RESOLVED_KEY", keys("s.name = 'Resolved' and r.name = 'Fixed' and i.resolved_at is not null order by i.number", 1).get(0));
        vars.put("PATCH_KEY", keys("s.name = 'Patch Available' order by i.number", 1).get(0));
        var duplicates = jdbc.sql("""
                select x.key from issue_links l join link_types lt on lt.id = l.type_id and lt.name = 'Duplicate'
                join issues x on x.id = l.source_id join projects pr on pr.id = x.project_id and pr.key = 'HADOOP'
                order by l.id limit 4""").query(String.class).list();
        for (int k = 0; k < duplicates.size(); k++) {
            vars.put("DUP" + (k + 1) + "_KEY", duplicates.get(k));
        }
        fixtures.admin().post("/api/v1/issues/" + open.get(1) + "/comments", Map.of("body", "Seen again on the nightly build."));
        var intents = Training.trainKind(fixtures.admin(), "HADOOP", "question-intent");
        assertThat(intents.get("status").asString()).as(intents.toString()).isEqualTo("succeeded");
        for (int k = 0; k < 5; k++) {
            var viewer = fixtures.user("asker" + k);
            fixtures.member("HADOOP", viewer, "viewer");
            askers.add(viewer);
        }
    }

    private void assign(String key, Api person, Fixtures fixtures) {
        var version = fixtures.admin().get("/api/v1/issues/" + key).json().get("version").asInt();
        var r = fixtures.admin().patch("/api/v1/issues/" + key, Map.of("assignee", Fixtures.email(person), "version", version));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void answersAtLeastFourInFiveQuestionsRight() {
        var all = outcomes();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        var accuracy = (double) all.stream().filter(Outcome::hit).count() / all.size();
        assertThat(accuracy).as("overall accuracy (misses are printed above)").isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    @Test
    void computesEveryExpectedAnswerFromTheDatabase() {
        assertThat(outcomes().stream().filter(o -> o.why() != null && o.why().startsWith(BROKEN)).map(Outcome::why).toList()).isEmpty();
    }

    @Test
    void citesOnlyIssuesOfTheProjectsTheAskerMayBrowse() {
        var foreign = outcomes().stream().flatMap(o -> o.citations().stream()).filter(k -> !k.startsWith("HADOOP-")).toList();
        assertThat(foreign).isEmpty();
    }

    private synchronized List<Outcome> outcomes() {
        if (outcomes == null) {
            var cases = Case.read("/assistant/chat-eval.tsv");
            var list = new ArrayList<Outcome>();
            for (int n = 0; n < cases.size(); n++) {
                list.add(evaluate(cases.get(n), askers.get(n / QUESTIONS_PER_ASKER % askers.size())));
            }
            outcomes = list;
            var report = report(outcomes);
            System.out.println(report);
            try {
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "chat-eval-report.txt"), report);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outcomes;
    }

    private Outcome evaluate(Case c, Api asker) {
        var question = fill(c.question());
        var conversation = asker.post("/api/v1/assistant/conversations", Map.of()).json().get("id").asLong();
        var asked = Instant.now();
        var response = asker.post("/api/v1/assistant/conversations/" + conversation + "/messages", Map.of("text", question));
        if (response.status() != 200) {
            return new Outcome(c, question, "HTTP " + response.toString(), List.of(), false, "not answered", "");
        }
        var text = response.json().get("text").asString();
        var citations = response.json().get("citations").values().stream().map(JsonNode::asString).toList();
        String why;
        try {
            why = check(c.expectation(), text, citations, asked);
        } catch (RuntimeException e) {
            why = BROKEN + e;
        }
        var intent = response.json().get("tools").values().stream().filter(t -> t.get("tool").asString().equals("question intent"))
                .map(t -> t.get("outcome").asString() + " (" + t.get("input").asString() + ")").findFirst().orElse("no model");
        return new Outcome(c, question, text, citations, why == null, why, intent);
    }

    /** Null when the answer is right; otherwise what is wrong with it. */
    private String check(String expectation, String text, List<String> citations, Instant asked) {
        var parts = fill(expectation).split(" ", 2);
        var arg = parts.length > 1 ? parts[1] : "";
        switch (parts[0]) {
            case "count" -> {
                var n = count(arg);
                return text.contains("**" + n + "**") ? null : "expected the count **" + n + "**";
            }
            case "list" -> {
                return listed(where(arg), text, citations);
            }
            case "list-newest" -> {
                var newest = keys(where(arg) + " order by i.created_at desc", 10);
                var tenth = created(newest.get(newest.size() - 1));
                var ok = citations.size() == newest.size() && citations.stream().allMatch(k -> !created(k).isBefore(tenth));
                return ok ? null : "expected the newest " + newest;
            }
            case "group" -> {
                var field = arg.split(" ", 2)[0];
                var column = field.equals("priority") ? "p.name" : "s.name";
                var counts = jdbc.sql("select " + column + ", count(*) " + FROM + "(" + where(arg.split(" ", 2)[1]) + ") group by 1")
                        .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
                var missing = counts.stream().filter(e -> !text.contains("| " + e.getKey() + " | " + e.getValue() + " |")).toList();
                return missing.isEmpty() ? null : "expected rows " + missing;
            }
            case "top-assignee" -> {
                var top = jdbc.sql("select a.display_name, count(*) " + FROM + "a.id is not null and (" + where(arg)
                        + ") group by 1 order by 2 desc limit 1").query((rs, i) -> rs.getString(1)).single();
                return text.contains("**" + top + "**") ? null : "expected **" + top + "**";
            }
            case "newest-created" -> {
                var key = keys(where(arg) + " order by i.created_at desc", 1).get(0);
                var when = WHEN.format(created(key));
                return text.contains(when) ? null : "expected " + key + " created " + when;
            }
            case "status" -> {
                var status = jdbc.sql("select s.name " + FROM + "i.key = ?").param(arg).query(String.class).single();
                return text.contains("**" + status + "**") && citations.contains(arg) ? null : "expected **" + status + "** citing " + arg;
            }
            case "summary" -> {
                var status = jdbc.sql("select s.name " + FROM + "i.key = ?").param(arg).query(String.class).single();
                return text.contains(status) && citations.contains(arg) ? null : "expected a summary of " + arg + " (" + status + ")";
            }
            case "reporter", "assignee" -> {
                var name = jdbc.sql("select u.display_name " + FROM.replace("left join users a", "left join users u on u.id = i."
                        + parts[0] + "_id left join users a") + "i.key = ?").param(arg).query((rs, i) -> rs.getString(1)).list().get(0);
                var expected = name != null ? "**" + name + "**" : parts[0].equals("assignee") ? "not assigned" : "**nobody**";
                return text.contains(expected) ? null : "expected " + expected;
            }
            case "created", "resolved" -> {
                var at = jdbc.sql("select i." + parts[0] + "_at " + FROM + "i.key = ?").param(arg).query((rs, i) -> rs.getTimestamp(1)).list().get(0);
                var expected = at == null ? "not resolved" : WHEN.format(at.toInstant());
                return text.contains(expected) ? null : "expected " + expected;
            }
            case "similar" -> {
                var known = jdbc.sql("""
                        select case when x.key = ? then y.key else x.key end from issue_links l
                        join link_types lt on lt.id = l.type_id and lt.name = 'Duplicate'
                        join issues x on x.id = l.source_id join issues y on y.id = l.target_id where x.key = ? or y.key = ?""")
                        .params(arg, arg, arg).query(String.class).list();
                // Only the numbered ranking counts, not the links the answer also names.
                var ranked = RANKED.matcher(text).results().map(m -> m.group(1)).toList();
                return ranked.stream().limit(10).anyMatch(known::contains) ? null : "expected one of " + known + " among the ranked issues";
            }
            case "changes-minutes", "changes-date", "changes-today", "changes-yesterday" -> {
                var since = switch (parts[0]) {
                    case "changes-minutes" -> asked.minus(Long.parseLong(arg), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
                    case "changes-date" -> LocalDate.parse(arg).atStartOfDay().toInstant(ZoneOffset.UTC);
                    case "changes-today" -> asked.truncatedTo(ChronoUnit.DAYS);
                    default -> asked.truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
                };
                return listed("i.updated_at >= '" + since + "'", text, citations);
            }
            case "none" -> {
                return text.contains("could not work out") && citations.isEmpty() ? null : "expected no answer, only what it tried";
            }
            default -> throw new IllegalArgumentException("unknown expectation " + expectation);
        }
    }

    /** The count in bold (or "No issue"/"Nothing" when none) and, cited, up to ten of exactly the matching issues. */
    private String listed(String where, String text, List<String> citations) {
        var expected = new HashSet<>(jdbc.sql("select i.key " + FROM + "(" + where + ")").query(String.class).list());
        if (expected.isEmpty()) {
            return citations.isEmpty() && (text.contains("No issue") || text.contains("Nothing")) ? null : "expected none";
        }
        if (!text.contains("**" + expected.size() + "**")) {
            return "expected the count **" + expected.size() + "**";
        }
        var cited = citations.stream().filter(k -> !expected.contains(k)).toList();
        return cited.isEmpty() && citations.size() == Math.min(10, expected.size()) ? null
                : "cites " + citations.size() + " issues, of which not matching: " + cited;
    }

    private long count(String where) {
        return jdbc.sql("select count(*) " + FROM + "(" + where(where) + ")").query(Long.class).single();
    }

    private List<String> keys(String whereAndOrder, int limit) {
        return jdbc.sql("select i.key " + FROM + whereAndOrder + " limit " + limit).query(String.class).list();
    }

    private Instant created(String key) {
        return jdbc.sql("select created_at from issues where key = ?").param(key).query((rs, i) -> rs.getTimestamp(1).toInstant()).single();
    }

    private static String where(String where) {
        return AFFECTS.matcher(where).replaceAll(m -> "exists (select 1 from issue_versions iv join versions v on v.id = iv.version_id"
                + " where iv.issue_id = i.id and iv.kind = 'affects' and v.name = '" + m.group(1) + "')");
    }

    private String fill(String text) {
        var out = text;
        for (var v : vars.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", v.getValue());
        }
        return out;
    }

    private static String report(List<Outcome> outcomes) {
        var out = new StringBuilder("\nChat evaluation on HADOOP (required overall: " + REQUIRED_ACCURACY + ")\n");
        var row = "%-12s %10s %10s %10s%n";
        out.append(String.format(Locale.ROOT, row, "intent", "tune", "held out", "all"));
        var byIntent = new TreeMap<String, List<Outcome>>();
        outcomes.forEach(o -> byIntent.computeIfAbsent(o.c().intent(), k -> new ArrayList<>()).add(o));
        byIntent.forEach((intent, list) -> out.append(String.format(Locale.ROOT, row, intent, share(list, "tune"), share(list, "heldout"), share(list, null))));
        out.append(String.format(Locale.ROOT, row, "overall", share(outcomes, "tune"), share(outcomes, "heldout"), share(outcomes, null)));
        var model = new TreeMap<String, Long>();
        outcomes.forEach(o -> model.merge(o.intent().replaceAll(" \\(.*", ""), 1L, Long::sum));
        out.append("\nThe question-intent model's reading: ").append(model).append('\n');
        outcomes.stream().filter(o -> o.intent().startsWith("used")).forEach(o -> out.append("  used on: ").append(o.question())
                .append(" → ").append(o.hit() ? "right" : "wrong")
                .append(": ").append(o.intent()).append('\n'));
        var misses = outcomes.stream().filter(o -> !o.hit()).toList();
        out.append("\nMisses (").append(misses.size()).append("):\n");
        misses.forEach(o -> out.append("- [").append(o.c().split()).append('/').append(o.c().intent()).append("] ").append(o.question())
                .append("\n    why: ").append(o.why()).append("\n    answer: ").append(o.text().replace("\n", "\n            ")).append('\n'));
        return out.toString();
    }

    private static String share(List<Outcome> list, String split) {
        var part = list.stream().filter(o -> split == null || o.c().split().equals(split)).toList();
        return part.isEmpty() ? "-" : part.stream().filter(Outcome::hit).count() + "/" + part.size();
    }

    /** {@code intent}: what became of the question-intent model's reading (agreed, used, not used). */
    private record Outcome(Case c, String question, String text, List<String> citations, boolean hit, String why, String intent) {
    }

    record Case(String split, String intent, String question, String expectation) {

        static List<Case> read(String resource) {
            try (var in = Case.class.getResourceAsStream(resource)) {
                var cases = new ArrayList<Case>();
                for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        var c = line.split("\t");
                        assertThat(c).as(line).hasSize(4);
                        assertThat(c[0]).as(line).isIn("tune", "heldout");
                        cases.add(new Case(c[0], c[1], c[2], c[3]));
                    }
                }
                return cases;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
