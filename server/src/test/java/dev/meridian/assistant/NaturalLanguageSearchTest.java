package dev.meridian.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.search.JqlFixture;
import dev.meridian.support.Api;
import dev.meridian.support.MeridianTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The independent evaluation of natural-language search (POST /api/v1/assistant/jql): every phrasing of
 * assistant/nl-jql.tsv, asked as Mia over the JQL corpus fixture. A phrasing counts as understood when the JQL the
 * assistant returns finds the same issues as the JQL a Jira expert would write for it (semantic equality: any
 * equivalent JQL is right), and, when the expected JQL has an ORDER BY, in the order of its first sort field.
 * The expectations say what users mean, not what the implementation does.
 */
@MeridianTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NaturalLanguageSearchTest {

    /** The share of phrasings the assistant must understand (the issue asks 0.80 of the local provider). */
    static final double REQUIRED_ACCURACY = 0.85;

    private static final List<Case> CASES = Case.read("/assistant/nl-jql.tsv");
    private static final String SEARCHER = "mia";

    @LocalServerPort
    int port;
    private JqlFixture fixture;
    private List<Outcome> outcomes;

    @BeforeAll
    void buildTheFixture() {
        fixture = JqlFixture.shared(port);
    }

    /** Guards the evaluation set itself: its JQL is valid and tells issues apart. */
    @Test
    void theExpectedJqlIsValidAndSeparatesTheFixturesIssues() {
        var everything = fixture.visibleTo(SEARCHER).size();
        var problems = new ArrayList<String>();
        var listing = new StringBuilder();
        for (var c : CASES) {
            if (c.refusal()) {
                continue;
            }
            var result = search(c.expectedJql(fixture));
            listing.append(c).append(" -> ").append(names(keys(result.issues()))).append('\n');
            if (result.error() != null) {
                problems.add(c + ": the expected JQL is refused: " + result.error());
            } else if (result.issues().isEmpty() != c.expectsEmpty()) {
                problems.add(c + ": the expected JQL finds " + result.issues().size() + " issues"
                        + (c.expectsEmpty() ? " but the case is marked empty" : ""));
            } else if (result.issues().size() == everything) {
                problems.add(c + ": the expected JQL finds every issue, so it tells nothing apart");
            }
        }
        write("nl-jql-expected.txt", listing.toString());
        assertThat(problems).as("cases of nl-jql.tsv").isEmpty();
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void neverAnswersWithAServerError() {
        var failures = outcomes().stream().filter(o -> o.status() >= 500).map(Outcome::describe).toList();
        assertThat(failures).as("phrasings answered with a server error").isEmpty();
    }

    @Test
    void understandsNothingInWhatIsNotASearch() {
        var refusals = outcomes().stream().filter(o -> o.c().refusal()).toList();
        assertThat(refusals).as("refusals in nl-jql.tsv").isNotEmpty();
        assertThat(refusals.stream().filter(o -> !o.hit()).map(Outcome::describe).toList())
                .as("phrasings that should have been refused (200 with jql null)").isEmpty();
    }

    @Test
    void understandsWhatUsersMeanOftenEnough() {
        var all = outcomes();
        var accuracy = (double) all.stream().filter(Outcome::hit).count() / all.size();
        assertThat(accuracy).as("overall accuracy (misses are printed above)").isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    /** Asks the assistant once per phrasing for all tests, and prints the accuracy table and every miss. */
    private synchronized List<Outcome> outcomes() {
        if (outcomes == null) {
            outcomes = CASES.stream().map(this::evaluate).toList();
            var report = report(outcomes);
            System.out.println(report);
            write("nl-jql-report.txt", report);
        }
        return outcomes;
    }

    /** Keeps a copy in target/ for reading after the run. */
    private static void write(String file, String text) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome evaluate(Case c) {
        var body = new LinkedHashMap<String, Object>();
        body.put("text", fixture.expand(c.text()));
        if (c.project() != null) {
            body.put("project", c.project());
        }
        var response = api().post("/api/v1/assistant/jql", body);
        if (response.status() != 200) {
            return new Outcome(c, response.status(), null, List.of(), false, "HTTP " + response.status() + " " + response.text());
        }
        var json = response.json();
        var jql = json.path("jql").isString() ? json.path("jql").asString() : null;
        var unmatched = json.path("unmatched").values().stream().map(JsonNode::asString).toList();
        if (c.refusal()) {
            return new Outcome(c, 200, jql, unmatched, jql == null, jql == null ? null : "should have been refused");
        }
        if (jql == null) {
            return new Outcome(c, 200, null, unmatched, false, "nothing understood");
        }
        var expected = search(c.expectedJql(fixture));
        assertThat(expected.error()).as("the expected JQL of " + c).isNull();
        var got = search(jql);
        if (got.error() != null) {
            return new Outcome(c, 200, jql, unmatched, false, "its JQL is refused: " + got.error());
        }
        var expectedKeys = keys(expected.issues());
        var gotKeys = keys(got.issues());
        if (!new HashSet<>(gotKeys).equals(new HashSet<>(expectedKeys))) {
            return new Outcome(c, 200, jql, unmatched, false, "finds " + names(gotKeys) + ", expected " + names(expectedKeys));
        }
        var order = primarySortProperty(c.expectedJql(fixture));
        if (order != null) {
            var expectedOrder = expected.issues().stream().map(i -> i.path(order).toString()).toList();
            var gotOrder = got.issues().stream().map(i -> i.path(order).toString()).toList();
            if (!gotOrder.equals(expectedOrder)) {
                return new Outcome(c, 200, jql, unmatched, false,
                        "right issues, wrong order: " + names(gotKeys) + ", expected " + names(expectedKeys) + " by " + order);
            }
        }
        return new Outcome(c, 200, jql, unmatched, true, null);
    }

    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\s+(\"[^\"]+\"|'[^']+'|[\\w.]+)");

    /** The issue property the expected JQL sorts by first; ties may come in any order. */
    private static String primarySortProperty(String jql) {
        var m = ORDER_BY.matcher(jql);
        if (!m.find()) {
            return null;
        }
        var field = m.group(1).replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
        return switch (field) {
            case "created", "createddate" -> "createdAt";
            case "updated", "updateddate" -> "updatedAt";
            case "resolved", "resolutiondate" -> "resolvedAt";
            case "due", "duedate" -> "dueDate";
            case "key", "issuekey", "id" -> "key";
            case "type", "issuetype" -> "type";
            case "story points" -> "storyPoints";
            default -> field;
        };
    }

    private record Search(List<JsonNode> issues, String error) {
    }

    private Search search(String jql) {
        var response = api().get("/api/v1/search?maxResults=500&jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8).replace("+", "%20"));
        if (response.status() != 200) {
            return new Search(List.of(), response.status() + " " + response.json().path("detail").asString(response.text()));
        }
        return new Search(response.json().path("issues").values().stream().toList(), null);
    }

    private static List<String> keys(List<JsonNode> issues) {
        return issues.stream().map(i -> i.path("key").asString()).toList();
    }

    private String names(List<String> keys) {
        return keys.stream().map(fixture::name).collect(Collectors.joining(" ", "{", "}"));
    }

    private Api api() {
        return fixture.person(SEARCHER).api();
    }

    private static String report(List<Outcome> outcomes) {
        var out = new StringBuilder("\nNatural-language search: accuracy per category (required overall: " + REQUIRED_ACCURACY + ")\n");
        var byCategory = new TreeMap<String, List<Outcome>>();
        outcomes.forEach(o -> byCategory.computeIfAbsent(o.c().category(), k -> new ArrayList<>()).add(o));
        var row = "%-28s %5s %5s %9s%n";
        out.append(String.format(Locale.ROOT, row, "category", "cases", "hits", "accuracy"));
        byCategory.forEach((category, list) -> out.append(line(row, category, list)));
        out.append(line(row, "overall", outcomes));
        var misses = outcomes.stream().filter(o -> !o.hit()).toList();
        out.append("\nMisses (").append(misses.size()).append("):\n");
        misses.forEach(o -> out.append("- ").append(o.describe()).append('\n'));
        return out.toString();
    }

    private static String line(String row, String category, List<Outcome> list) {
        var hits = list.stream().filter(Outcome::hit).count();
        return String.format(Locale.ROOT, row, category, list.size(), hits, String.format(Locale.ROOT, "%.2f", (double) hits / list.size()));
    }

    private record Outcome(Case c, int status, String jql, List<String> unmatched, boolean hit, String why) {

        String describe() {
            return "[" + c.category() + "] \"" + c.text() + "\"" + (c.project() == null ? "" : " (looking at " + c.project() + ")")
                    + "\n    expected: " + (c.refusal() ? "null" : c.expectedJql())
                    + "\n    got:      " + (status == 200 ? jql : "HTTP " + status)
                    + (unmatched.isEmpty() ? "" : "   unmatched: " + unmatched)
                    + (why == null ? "" : "\n    why:      " + why)
                    + "\n    (nl-jql.tsv:" + c.line() + ")";
        }
    }

    /** One line of assistant/nl-jql.tsv; the file's header describes the format. */
    record Case(int line, String category, String text, String expectedJql, String project, Set<String> flags) {

        private static final Set<String> CATEGORIES = Set.of("people", "status/resolution", "type", "priority", "dates", "text",
                "labels/components/versions", "project", "ordering", "combinations", "refusal");

        boolean refusal() {
            return expectedJql == null;
        }

        boolean expectsEmpty() {
            return flags.contains("empty");
        }

        String expectedJql(JqlFixture fixture) {
            return fixture.expand(expectedJql);
        }

        static List<Case> read(String resource) {
            try (var in = Case.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no " + resource + " on the test class path");
                }
                var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                var cases = new ArrayList<Case>();
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                        cases.add(parse(i + 1, lines[i]));
                    }
                }
                return List.copyOf(cases);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Case parse(int line, String text) {
            var columns = text.split("\t", -1);
            if (columns.length < 3 || columns.length > 4) {
                throw new IllegalArgumentException("nl-jql.tsv line " + line + ": expected CATEGORY<TAB>PHRASING<TAB>EXPECTED[<TAB>OPTIONS]: " + text);
            }
            var category = columns[0].trim();
            if (!CATEGORIES.contains(category)) {
                throw new IllegalArgumentException("nl-jql.tsv line " + line + ": unknown category '" + category + "'");
            }
            var expected = columns[2].trim();
            String project = null;
            var flags = new TreeSet<String>();
            if (columns.length == 4) {
                for (var option : columns[3].trim().split("\\s+")) {
                    if (option.startsWith("project=")) {
                        project = option.substring("project=".length());
                    } else if (Set.of("typo", "empty").contains(option)) {
                        flags.add(option);
                    } else {
                        throw new IllegalArgumentException("nl-jql.tsv line " + line + ": unknown option '" + option + "'");
                    }
                }
            }
            if (expected.equals("-") != category.equals("refusal")) {
                throw new IllegalArgumentException("nl-jql.tsv line " + line + ": refusals (and only they) expect -");
            }
            return new Case(line, category, columns[1].trim(), expected.equals("-") ? null : expected, project, Set.copyOf(flags));
        }

        @Override
        public String toString() {
            return "\"" + text + "\" (nl-jql.tsv:" + line + ")";
        }
    }
}
