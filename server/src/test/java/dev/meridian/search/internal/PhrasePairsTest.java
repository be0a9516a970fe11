package dev.meridian.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.identity.CurrentUser;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quoted phrases through the word-pair index (V60): the same issues as PostgreSQL's own phrase match on the stored words,
 * never across a column boundary, following edits and comments.
 */
@MeridianTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhrasePairsTest {

    private static final List<String> VOCABULARY = List.of("race", "condition", "block", "report", "storm", "bug", "the",
            "of", "in", "node", "nodes", "timeout", "crash", "memory", "disk", "full", "agent", "build", "queue", "races");
    private static final List<String> TEXT = List.of("summary_words", "description_words", "comment_words");

    @LocalServerPort
    int port;
    @Autowired
    SearchEngine engine;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private Api admin;
    private CurrentUser siteAdmin;
    private String project;
    private final Map<String, String> keys = new LinkedHashMap<>();

    @BeforeAll
    void issues() {
        var fixtures = new Fixtures(port);
        admin = fixtures.admin();
        var me = admin.get("/api/v1/myself").json();
        siteAdmin = new CurrentUser(me.get("id").asLong(), me.get("email").asString(), me.get("displayName").asString(), true);
        project = fixtures.project();
        issue("split", "Nightly build hits a race", "Condition of the agents is unknown");
        issue("race", "Flaky upload", "A race condition in the uploader");
        issue("twice", "Bug bug report", "Nothing else");
        issue("apart", "Bug report bug", "Nothing else");
        issue("gap", "Race in condition", "Ran out of memory while indexing");
        issue("three", "Block report storm", "Block report and report storm");
        issue("scattered", "Block report and report storm", "Storm of block reports");
        // Texts of few words, stop words among them, so that phrases often hold and often nearly hold.
        var random = new Random(4);
        var other = fixtures.project();
        for (int i = 0; i < 30; i++) {
            var key = issue(other, "random" + i, words(random, 3 + random.nextInt(5)), words(random, random.nextInt(25)));
            for (int c = random.nextInt(3); c > 0; c--) {
                var comment = admin.post("/api/v1/issues/" + key + "/comments", Map.of("body", words(random, 1 + random.nextInt(12))));
                assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
            }
        }
    }

    private static String words(Random random, int count) {
        var words = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return String.join(" ", words);
    }

    @Test
    void aPhraseNeverSpansTwoColumns() {
        assertThat(matches("text ~ \"\\\"race condition\\\"\"")).containsExactly("race");
        assertThat(matches("text ~ \"\\\"race condition\\\"\"")).doesNotContain("split");
        assertThat(matches("summary ~ \"\\\"race condition\\\"\"")).isEmpty();
        assertThat(matches("description ~ \"\\\"race condition\\\"\"")).containsExactly("race");
        assertThat(matches("text ~ \"\\\"build hits\\\"\"")).containsExactly("split");
        assertThat(matches("text ~ \"\\\"flaky upload\\\" \\\"race condition\\\"\"")).as("two phrases, two columns").isEmpty();
        assertThat(matches("text ~ \"\\\"flaky upload\\\" \\\"upload\\\"\"")).containsExactly("race");
        assertThat(matches("text ~ \"\\\"agents is\\\"\"")).as("a stop word at the end").containsExactly("split");
    }

    @Test
    void repeatedWordsMatchOnlyWhenAdjacent() {
        assertThat(matches("text ~ \"\\\"bug bug\\\"\"")).containsExactly("twice");
        assertThat(matches("text ~ \"\\\"bug report\\\"\"")).containsExactlyInAnyOrder("twice", "apart");
        assertThat(matches("text ~ \"\\\"report bug\\\"\"")).containsExactly("apart");
        assertThat(matches("text ~ \"\\\"bug bug report\\\"\"")).containsExactly("twice");
    }

    @Test
    void stopWordsLeaveAGapOfTheirLength() {
        // "race in condition" is race <2> condit: no adjacent pair, so the words index and the phrase check answer it.
        assertThat(matches("text ~ \"\\\"race in condition\\\"\"")).containsExactly("gap");
        assertThat(matches("text ~ \"\\\"race of condition\\\"\"")).as("any stop word fills the gap").containsExactly("gap");
        assertThat(matches("text ~ \"\\\"race condition\\\"\"")).doesNotContain("gap");
        assertThat(matches("text ~ \"\\\"out of memory\\\"\"")).containsExactly("gap");
        assertThat(matches("text ~ \"\\\"ran out of memory while\\\"\"")).as("a pair after the gap, then the whole phrase").containsExactly("gap");
        assertThat(matches("text ~ \"\\\"ran memory\\\"\"")).isEmpty();
    }

    @Test
    void threeWordPhrasesNeedTheirWordsInARow() {
        assertThat(matches("text ~ \"\\\"block report storm\\\"\"")).containsExactly("three");
        assertThat(matches("summary ~ \"\\\"block report storm\\\"\"")).containsExactly("three");
        assertThat(matches("description ~ \"\\\"block report storm\\\"\"")).as("both pairs, not in a row").isEmpty();
        assertThat(matches("text ~ \"\\\"report storm\\\" \\\"block report\\\"\"")).containsExactlyInAnyOrder("three", "scattered");
        assertThat(matches("text ~ \"\\\"storm of block\\\" \\\"report and report\\\"\"")).as("both phrases in one column").isEmpty();
        assertThat(matches("text ~ \"\\\"block report\\\" storm\"")).containsExactlyInAnyOrder("three", "scattered");
    }

    @Test
    void notLikeIsTheComplement() {
        var all = matches("project = " + project);
        for (var phrase : List.of("race condition", "bug bug", "out of memory", "block report storm", "race in condition")) {
            var in = matches("text ~ \"\\\"" + phrase + "\\\"\"");
            var out = matches("text !~ \"\\\"" + phrase + "\\\"\"");
            assertThat(out).as(phrase).doesNotContainAnyElementsOf(in);
            var union = new TreeSet<>(in);
            union.addAll(out);
            assertThat(union).as(phrase).isEqualTo(new TreeSet<>(all));
        }
    }

    @Test
    void theIndexFollowsCommentsAndEdits() {
        var key = issue("comments", "Commented issue", "Nothing here");
        var phrase = "comment ~ \"\\\"deadlock cycle\\\"\"";
        assertThat(matches(phrase)).isEmpty();
        var added = admin.post("/api/v1/issues/" + key + "/comments", Map.of("body", "A deadlock cycle shows up"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var id = added.json().get("id").asLong();
        assertThat(matches(phrase)).containsExactly("comments");
        assertThat(matches("text ~ \"\\\"deadlock cycle\\\"\"")).containsExactly("comments");

        var edited = admin.put("/api/v1/issues/" + key + "/comments/" + id, Map.of("body", "A cycle deadlock shows up"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(matches(phrase)).isEmpty();
        assertThat(matches("comment ~ \"\\\"cycle deadlock\\\"\"")).containsExactly("comments");

        var deleted = admin.delete("/api/v1/issues/" + key + "/comments/" + id);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(matches("comment ~ \"\\\"cycle deadlock\\\"\"")).isEmpty();

        var patched = admin.patch("/api/v1/issues/" + key, Map.of("summary", "Deadlock cycle in the scheduler"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(matches("summary ~ \"\\\"deadlock cycle\\\"\"")).containsExactly("comments");
        assertThat(matches("comment ~ \"\\\"deadlock cycle\\\"\"")).isEmpty();
    }

    @Test
    void aPhraseMatchesWithinOneCommentNotAcrossTwo() {
        var key = issue("thread", "Thread issue", "Nothing here");
        for (var body : List.of("The node ran out of disk", "Quota exceeded by backups", "Replication stalled afterwards")) {
            assertThat(admin.post("/api/v1/issues/" + key + "/comments", Map.of("body", body)).status()).isEqualTo(201);
        }
        assertThat(matches("comment ~ \"\\\"exceeded by backups\\\"\"")).containsExactly("thread");
        assertThat(matches("comment ~ \"\\\"disk quota\\\"\"")).as("the end of one comment and the start of the next").isEmpty();
        assertThat(matches("text ~ \"\\\"disk quota\\\"\"")).isEmpty();
        assertThat(matches("comment ~ \"\\\"backups replication\\\"\"")).isEmpty();
        assertThat(matches("comment ~ \"\\\"disk quota exceeded\\\"\"")).as("a three-word phrase across comments").isEmpty();
        var first = jdbc.sql("select min(c.id) from comments c join issues i on i.id = c.issue_id where i.summary = 'Thread issue'")
                .query(Long.class).single();
        assertThat(admin.delete("/api/v1/issues/" + key + "/comments/" + first).status()).isEqualTo(204);
        assertThat(matches("comment ~ \"\\\"backups replication\\\"\"")).as("after a deletion too").isEmpty();
        assertThat(matches("comment ~ \"\\\"exceeded by backups\\\"\"")).containsExactly("thread");
    }

    @Test
    void aTwoWordPhraseIsAnsweredByThePairIndexAloneAndLongerOnesAreChecked() {
        var two = inTransaction(() -> engine.compile("text ~ \"\\\"race condition\\\"\"", siteAdmin));
        assertThat(two.where()).contains("i.word_pairs").doesNotContain("ts_match_vq").doesNotContain("@@");
        var three = inTransaction(() -> engine.compile("text ~ \"\\\"block report storm\\\"\"", siteAdmin));
        assertThat(three.where()).contains("i.word_pairs").contains("ts_match_vq");
        var gap = inTransaction(() -> engine.compile("text ~ \"\\\"race in condition\\\"\"", siteAdmin));
        assertThat(gap.where()).doesNotContain("i.word_pairs").contains("ts_match_vq");
    }

    /**
     * Every phrase of two and three words found in the issues' texts (and across their column boundaries), by the
     * compiled search and by ts_match_vq on the stored words, for each text field: the same issues.
     */
    @Test
    void thePairIndexAgreesWithPhraseMatchingOverAllIssues() {
        var phrases = new LinkedHashSet<String>();
        var texts = jdbc.sql("""
                select i.summary, coalesce(i.description, ''), coalesce((select string_agg(c.body, ' ' order by c.id)
                    from comments c where c.issue_id = i.id), '')
                from issues i order by i.id desc limit 400""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        for (var columns : texts) {
            var all = new ArrayList<String>();
            for (var column : columns) {
                var words = List.of(column.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
                for (int i = 0; i + 1 < words.size(); i++) {
                    phrases.add(words.get(i) + " " + words.get(i + 1));
                    if (i + 2 < words.size()) {
                        phrases.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
                    }
                }
                if (!all.isEmpty() && !words.isEmpty()) {
                    phrases.add(all.get(all.size() - 1) + " " + words.get(0));
                }
                all.addAll(words);
            }
        }
        var random = new Random(7);
        for (int i = 0; i < 200; i++) {
            phrases.add(words(random, 2 + random.nextInt(3)));
        }
        assertThat(phrases).hasSizeGreaterThan(400);
        var checked = 0;
        var paired = 0;
        var exact = 0;
        var found = 0;
        for (var phrase : phrases.stream().limit(350).toList()) {
            var fields = checked % 4 == 0 ? List.of("text", "summary", "description", "comment") : List.of("text");
            for (var field : fields) {
                var jql = field + " ~ \"\\\"" + phrase + "\\\"\"";
                var plan = inTransaction(() -> engine.compile(jql, siteAdmin));
                paired += plan.where().contains("i.word_pairs") ? 1 : 0;
                exact += plan.where().contains("ts_match_vq") ? 0 : 1;
                var answer = new TreeSet<>(jdbc.sql("select i.id from issues i where " + plan.where()).params(plan.params())
                        .query(Long.class).list());
                var columns = switch (field) {
                    case "summary" -> TEXT.subList(0, 1);
                    case "description" -> TEXT.subList(1, 2);
                    case "comment" -> TEXT.subList(2, 3);
                    default -> TEXT;
                };
                var params = new ArrayList<Object>();
                var tests = new ArrayList<String>();
                for (var column : columns) {
                    tests.add("ts_match_vq(i." + column + ", phraseto_tsquery('english', ?))");
                    params.add(phrase);
                }
                var expected = new TreeSet<>(jdbc.sql("select i.id from issues i where " + String.join(" or ", tests))
                        .params(params).query(Long.class).list());
                assertThat(answer).as(jql).isEqualTo(expected);
                found += expected.isEmpty() ? 0 : 1;
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(250);
        assertThat(paired).as("phrases through the pair index").isGreaterThan(200);
        assertThat(exact).as("answered by the pair index alone").isGreaterThan(100);
        assertThat(found).as("phrases that match some issue").isGreaterThan(100);
    }

    private String issue(String name, String summary, String description) {
        return issue(project, name, summary, description);
    }

    private String issue(String project, String name, String summary, String description) {
        var created = admin.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", summary,
                "description", description));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var key = created.json().get("key").asString();
        keys.put(key, name);
        return key;
    }

    /** The names of this class's issues that the query finds, as the site administrator. */
    private Set<String> matches(String jql) {
        var scoped = jql.startsWith("project = ") ? jql : "project = " + project + " AND " + jql;
        var result = inTransaction(() -> engine.search(scoped, 0, 100, siteAdmin));
        var names = new TreeSet<String>();
        result.issues().forEach(issue -> names.add(keys.get(issue.key())));
        return names;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
