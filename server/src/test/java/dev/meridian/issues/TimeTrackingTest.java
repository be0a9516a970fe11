package dev.meridian.issues;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.assertRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@MeridianTest
class TimeTrackingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void setsEstimatesInJirasSyntaxAndShowsThemInSecondsWithTheirHistory() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();

        var patched = admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "1w 2d 4h 30m"));
        var remaining = admin.patch("/api/v1/issues/" + key, Map.of("remainingEstimate", "3d"));
        var history = admin.get("/api/v1/issues/" + key + "/history").json().toString();

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        var time = patched.json().get("timeTracking");
        long original = ((5 + 2) * 8 + 4) * 3600L + 30 * 60;
        assertThat(time.get("originalEstimateSeconds").asLong()).isEqualTo(original);
        assertThat(time.get("remainingEstimateSeconds").asLong()).as("starts at the original estimate").isEqualTo(original);
        assertThat(time.get("timeSpentSeconds").isNull()).isTrue();
        assertThat(remaining.json().get("timeTracking").get("remainingEstimateSeconds").asLong()).isEqualTo(3 * 8 * 3600L);
        assertThat(remaining.json().get("version").asInt()).isEqualTo(3);
        assertThat(history).contains("{\"field\":\"originalEstimate\",\"from\":null,\"to\":\"1w 2d 4h 30m\"}")
                .contains("{\"field\":\"remainingEstimate\",\"from\":\"1w 2d 4h 30m\",\"to\":\"3d\"}");
    }

    @Test
    void createsAnIssueWithAnOriginalEstimateThatTheRemainingStartsAt() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();

        var created = admin.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "Estimated",
                "originalEstimate", "2d 4h"));
        var refused = assertProblem(admin.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "Vague",
                "originalEstimate", "a while")), 400);
        var unestimated = admin.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "Open-ended"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var time = created.json().get("timeTracking");
        assertThat(time.get("originalEstimateSeconds").asLong()).isEqualTo(20 * 3600);
        assertThat(time.get("remainingEstimateSeconds").asLong()).isEqualTo(20 * 3600);
        assertThat(time.get("timeSpentSeconds").isNull()).isTrue();
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("originalEstimate");
        assertThat(refused.get("detail").asString()).contains("'a while' is not a duration").contains("Use 3w 2d 4h 30m");
        assertThat(unestimated.json().get("timeTracking").get("originalEstimateSeconds").isNull()).isTrue();
        assertThat(keys(admin, "project = " + project + " AND originalEstimate = \"2d 4h\"")).hasSize(1);
    }

    @Test
    void refusesTextThatIsNotADurationInWords() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();

        var weeks = assertProblem(admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "3 weeks")), 400);
        var negative = assertProblem(admin.patch("/api/v1/issues/" + key, Map.of("remainingEstimate", "-2h")), 400);
        var number = assertProblem(admin.patch("/api/v1/issues/" + key, Map.of("remainingEstimate", 7200)), 400);
        var work = assertProblem(admin.post("/api/v1/issues/" + key + "/worklogs", Map.of("timeSpent", "two hours")), 400);

        assertThat(weeks.get("detail").asString()).contains("'3 weeks' is not a duration").contains("Use 3w 2d 4h 30m");
        assertThat(weeks.get("errors").get(0).get("field").asString()).isEqualTo("originalEstimate");
        assertThat(negative.get("detail").asString()).contains("'-2h' is not a duration");
        assertThat(number.get("detail").asString()).contains("as text");
        assertThat(work.get("errors").get(0).get("field").asString()).isEqualTo("timeSpent");
        assertThat(work.get("detail").asString()).contains("Use 3w 2d 4h 30m");
        assertThat(admin.get("/api/v1/issues/" + key).json().get("timeTracking").get("originalEstimateSeconds").isNull()).isTrue();
    }

    @Test
    void loggingWorkAddsToTimeSpentAndTakesFromTheRemainingEstimateNeverBelowZero() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();
        admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "4h"));

        var first = log(admin, key, "3h", "Reproduced the crash");
        var afterFirst = time(admin, key);
        log(admin, key, "2h", null);
        var afterSecond = time(admin, key);

        assertThat(first.get("timeSpentSeconds").asLong()).isEqualTo(3 * 3600);
        assertThat(first.get("comment").asString()).isEqualTo("Reproduced the crash");
        assertThat(first.get("author").get("email").asString()).isEqualTo(Api.ADMIN_EMAIL);
        assertThat(afterFirst.get("timeSpentSeconds").asLong()).isEqualTo(3 * 3600);
        assertThat(afterFirst.get("remainingEstimateSeconds").asLong()).isEqualTo(3600);
        assertThat(afterSecond.get("timeSpentSeconds").asLong()).isEqualTo(5 * 3600);
        assertThat(afterSecond.get("remainingEstimateSeconds").asLong()).isZero();
        assertThat(afterSecond.get("originalEstimateSeconds").asLong()).isEqualTo(4 * 3600);
        assertThat(admin.get("/api/v1/issues/" + key + "/worklogs").json().values()).hasSize(2);
    }

    @Test
    void editingAndDeletingWorkMovesTimeSpentAndTheRemainingEstimateBack() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();
        admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "1d"));
        long id = log(admin, key, "2h", null).get("id").asLong();

        var edited = admin.put("/api/v1/issues/" + key + "/worklogs/" + id, Map.of("timeSpent", "3h", "comment", "Longer"));
        var afterEdit = time(admin, key);
        var deleted = admin.delete("/api/v1/issues/" + key + "/worklogs/" + id);
        var afterDelete = time(admin, key);

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("comment").asString()).isEqualTo("Longer");
        assertThat(afterEdit.get("timeSpentSeconds").asLong()).isEqualTo(3 * 3600);
        assertThat(afterEdit.get("remainingEstimateSeconds").asLong()).isEqualTo(5 * 3600);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(afterDelete.get("timeSpentSeconds").isNull()).isTrue();
        assertThat(afterDelete.get("remainingEstimateSeconds").asLong()).isEqualTo(8 * 3600);
    }

    @Test
    void loggingWorkLeavesSetsOrReducesTheRemainingEstimateAsAsked() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();
        admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "1d"));
        var worklogs = "/api/v1/issues/" + key + "/worklogs";

        var left = admin.post(worklogs + "?adjustEstimate=leave", Map.of("timeSpent", "1h"));
        var afterLeave = time(admin, key);
        admin.post(worklogs + "?adjustEstimate=new&newEstimate=3h", Map.of("timeSpent", "1h"));
        var afterNew = time(admin, key);
        admin.post(worklogs + "?adjustEstimate=manual&reduceBy=30m", Map.of("timeSpent", "2h"));
        var afterReduce = time(admin, key);
        var history = admin.get("/api/v1/issues/" + key + "/history").json().toString();

        assertThat(left.status()).as(left.toString()).isEqualTo(201);
        assertThat(afterLeave.get("remainingEstimateSeconds").asLong()).isEqualTo(8 * 3600);
        assertThat(afterLeave.get("timeSpentSeconds").asLong()).isEqualTo(3600);
        assertThat(afterNew.get("remainingEstimateSeconds").asLong()).isEqualTo(3 * 3600);
        assertThat(afterReduce.get("remainingEstimateSeconds").asLong()).isEqualTo(2 * 3600 + 30 * 60);
        assertThat(afterReduce.get("timeSpentSeconds").asLong()).isEqualTo(4 * 3600);
        assertThat(history).contains("{\"field\":\"remainingEstimate\",\"from\":\"1d\",\"to\":\"3h\"}");
    }

    @Test
    void deletingWorkLeavesSetsOrIncreasesTheRemainingEstimateAsAsked() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();
        admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "1d"));
        var worklogs = "/api/v1/issues/" + key + "/worklogs/";
        long first = log(admin, key, "2h", null).get("id").asLong();
        long second = log(admin, key, "1h", null).get("id").asLong();
        long third = log(admin, key, "1h", null).get("id").asLong();

        var left = admin.delete(worklogs + first + "?adjustEstimate=leave");
        var afterLeave = time(admin, key);
        admin.delete(worklogs + second + "?adjustEstimate=manual&increaseBy=3h");
        var afterIncrease = time(admin, key);
        admin.delete(worklogs + third + "?adjustEstimate=new&newEstimate=1d%202h");
        var afterNew = time(admin, key);

        assertThat(left.status()).as(left.toString()).isEqualTo(204);
        assertThat(afterLeave.get("remainingEstimateSeconds").asLong()).isEqualTo(4 * 3600);
        assertThat(afterLeave.get("timeSpentSeconds").asLong()).isEqualTo(2 * 3600);
        assertThat(afterIncrease.get("remainingEstimateSeconds").asLong()).isEqualTo(7 * 3600);
        assertThat(afterNew.get("remainingEstimateSeconds").asLong()).isEqualTo(10 * 3600);
        assertThat(afterNew.get("timeSpentSeconds").isNull()).isTrue();
    }

    @Test
    void refusesEstimateChoicesItCannotReadInWordsAndChangesNothing() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();
        admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "1d"));
        var worklogs = "/api/v1/issues/" + key + "/worklogs";
        long id = log(admin, key, "1h", null).get("id").asLong();

        var noNew = assertProblem(admin.post(worklogs + "?adjustEstimate=new", Map.of("timeSpent", "1h")), 400);
        var badReduce = assertProblem(admin.post(worklogs + "?adjustEstimate=manual&reduceBy=2%20hours", Map.of("timeSpent", "1h")), 400);
        var unknown = assertProblem(admin.delete(worklogs + "/" + id + "?adjustEstimate=sometimes"), 400);
        var manualEdit = assertProblem(admin.put(worklogs + "/" + id + "?adjustEstimate=manual&reduceBy=1h", Map.of("timeSpent", "2h")), 400);

        assertThat(noNew.get("errors").get(0).get("field").asString()).isEqualTo("newEstimate");
        assertThat(noNew.get("detail").asString()).contains("say what the remaining estimate becomes").contains("Use 3w 2d 4h 30m");
        assertThat(badReduce.get("errors").get(0).get("field").asString()).isEqualTo("reduceBy");
        assertThat(badReduce.get("detail").asString()).contains("'2 hours' is not a duration");
        assertThat(unknown.get("detail").asString()).contains("'sometimes' is not a way to adjust the estimate; use auto, leave, new or manual");
        assertThat(manualEdit.get("detail").asString()).contains("auto, leave or new");
        assertThat(admin.get(worklogs).json().values()).hasSize(1);
        assertThat(time(admin, key).get("timeSpentSeconds").asLong()).isEqualTo(3600);
        assertThat(time(admin, key).get("remainingEstimateSeconds").asLong()).isEqualTo(7 * 3600);
    }

    @Test
    void onlyTheAuthorOrAProjectAdminChangesWorkAndViewersOnlyReadIt() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var dev = fixtures.user("dev");
        var other = fixtures.user("other");
        var reader = fixtures.user("reader");
        fixtures.member(project, dev, "member");
        fixtures.member(project, other, "member");
        fixtures.member(project, reader, "viewer");
        var key = fixtures.issue(project);
        long mine = log(dev, key, "1h", null).get("id").asLong();
        long alsoMine = log(dev, key, "30m", null).get("id").asLong();

        var byOther = assertProblem(other.put("/api/v1/issues/" + key + "/worklogs/" + mine, Map.of("timeSpent", "5h")), 403);
        assertProblem(other.delete("/api/v1/issues/" + key + "/worklogs/" + mine), 403);
        assertProblem(reader.post("/api/v1/issues/" + key + "/worklogs", Map.of("timeSpent", "1h")), 403);
        var byAuthor = dev.put("/api/v1/issues/" + key + "/worklogs/" + mine, Map.of("timeSpent", "2h"));
        var byAdmin = fixtures.admin().delete("/api/v1/issues/" + key + "/worklogs/" + alsoMine);
        var read = reader.get("/api/v1/issues/" + key + "/worklogs");

        assertThat(byOther.get("detail").asString()).contains("Only the person who logged this work");
        assertThat(byAuthor.status()).as(byAuthor.toString()).isEqualTo(200);
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(204);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().values()).hasSize(1);
        assertThat(time(reader, key).get("timeSpentSeconds").asLong()).isEqualTo(2 * 3600);
    }

    @Test
    void eachWorkLogChangeIsAChangeOfTheIssueWithHistoryAndAnEvent() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var key = fixtures.issue(project);
        var admin = fixtures.admin();
        admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "2h"));
        var before = Instant.parse(admin.get("/api/v1/issues/" + key).json().get("updatedAt").asString());
        Thread.sleep(5);

        long id = log(admin, key, "30m", "Investigated").get("id").asLong();
        var afterLog = admin.get("/api/v1/issues/" + key).json();
        admin.delete("/api/v1/issues/" + key + "/worklogs/" + id);
        var history = admin.get("/api/v1/issues/" + key + "/history").json().toString();

        assertThat(Instant.parse(afterLog.get("updatedAt").asString())).isAfter(before);
        assertThat(history).contains("{\"field\":\"timeSpent\",\"from\":null,\"to\":\"30m\"}")
                .contains("{\"field\":\"remainingEstimate\",\"from\":\"2h\",\"to\":\"1h 30m\"}")
                .contains("{\"field\":\"timeSpent\",\"from\":\"30m\",\"to\":null}");
        assertThat(payload(project, "worklog.added")).contains("\"timeSpentSeconds\": 1800").contains("\"comment\": \"Investigated\"")
                .contains("\"issueKey\": \"" + key + "\"");
        assertThat(payload(project, "worklog.deleted")).contains("\"deleted\": true");
    }

    @Test
    void jqlComparesTimeTrackingWithDurationsAndEmpty() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var long_ = fixtures.issue(project);
        var short_ = fixtures.issue(project);
        var none = fixtures.issue(project);
        admin.patch("/api/v1/issues/" + long_, Map.of("originalEstimate", "1w 2d"));
        admin.patch("/api/v1/issues/" + short_, Map.of("originalEstimate", "4h"));
        log(admin, long_, "3h", null);
        log(admin, short_, "1h", null);

        assertThat(keys(admin, "project = " + project + " AND timespent > 2h")).containsExactly(long_);
        assertThat(keys(admin, "project = " + project + " AND originalEstimate >= \"1w 2d\"")).containsExactly(long_);
        assertThat(keys(admin, "project = " + project + " AND remainingEstimate = 3h")).containsExactly(short_);
        assertThat(keys(admin, "project = " + project + " AND timeSpent is EMPTY")).containsExactly(none);
        assertThat(keys(admin, "project = " + project + " AND originalEstimate is not EMPTY ORDER BY originalEstimate DESC"))
                .containsExactly(long_, short_);
        var bad = admin.get("/api/v1/search?jql=" + encode("timespent > 2hours"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.text()).contains("is not a duration").contains("3w 2d 4h 30m");
    }

    @Test
    void jiraScriptsLogWorkAndReadTimetracking() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();

        var edited = admin.put("/rest/api/2/issue/" + key, Map.of("fields", Map.of("timetracking",
                Map.of("originalEstimate", "1d", "remainingEstimate", "6h"))));
        var logged = admin.post("/rest/api/2/issue/" + key + "/worklog", Map.of("timeSpent", "2h", "comment", "Pairing",
                "started", "2026-11-26T09:00:00.000+0000"));
        var bySeconds = admin.post("/rest/api/2/issue/" + key + "/worklog", Map.of("timeSpentSeconds", 1800));
        var list = admin.get("/rest/api/2/issue/" + key + "/worklog").json();
        var fields = admin.get("/rest/api/2/issue/" + key).json().get("fields");
        var created = admin.post("/rest/api/2/issue", Map.of("fields", Map.of("project", Map.of("key", key.split("-")[0]),
                "issuetype", Map.of("name", "Task"), "summary", "Estimated", "timetracking", Map.of("originalEstimate", "2d"))));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(204);
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(logged.json().get("timeSpent").asString()).isEqualTo("2h");
        assertThat(logged.json().get("started").asString()).isEqualTo("2026-11-26T09:00:00.000+0000");
        assertThat(bySeconds.status()).as(bySeconds.toString()).isEqualTo(201);
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("worklogs").get(0).get("comment").asString()).isEqualTo("Pairing");
        var time = fields.get("timetracking");
        assertThat(time.get("originalEstimate").asString()).isEqualTo("1d");
        assertThat(time.get("remainingEstimate").asString()).isEqualTo("3h 30m");
        assertThat(time.get("timeSpent").asString()).isEqualTo("2h 30m");
        assertThat(time.get("timeSpentSeconds").asLong()).isEqualTo(9000);
        assertThat(fields.get("timespent").asLong()).isEqualTo(9000);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var newKey = created.json().get("key").asString();
        assertThat(admin.get("/rest/api/2/issue/" + newKey).json().get("fields").get("timetracking").get("originalEstimateSeconds")
                .asLong()).isEqualTo(2 * 8 * 3600);
    }

    @Test
    void jiraScriptsAdjustTheEstimateOnTheWorklogRoutesAsJirasRestV2Does() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();
        admin.patch("/api/v1/issues/" + key, Map.of("originalEstimate", "1d"));
        var worklog = "/rest/api/2/issue/" + key + "/worklog";

        var setTo = admin.post(worklog + "?adjustEstimate=new&newEstimate=5h", Map.of("timeSpent", "2h"));
        var afterNew = time(admin, key);
        admin.post(worklog + "?adjustEstimate=manual&reduceBy=1h", Map.of("timeSpent", "30m"));
        var afterReduce = time(admin, key);
        var edited = admin.put(worklog + "/" + setTo.json().get("id").asString() + "?adjustEstimate=leave", Map.of("timeSpent", "3h"));
        var afterLeave = time(admin, key);
        admin.delete(worklog + "/" + setTo.json().get("id").asString() + "?adjustEstimate=manual&increaseBy=2h");
        var afterIncrease = time(admin, key);
        var refused = admin.post(worklog + "?adjustEstimate=manual", Map.of("timeSpent", "1h"));

        assertThat(setTo.status()).as(setTo.toString()).isEqualTo(201);
        assertThat(afterNew.get("remainingEstimateSeconds").asLong()).isEqualTo(5 * 3600);
        assertThat(afterReduce.get("remainingEstimateSeconds").asLong()).isEqualTo(4 * 3600);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(afterLeave.get("remainingEstimateSeconds").asLong()).isEqualTo(4 * 3600);
        assertThat(afterLeave.get("timeSpentSeconds").asLong()).isEqualTo(3 * 3600 + 30 * 60);
        assertThat(afterIncrease.get("remainingEstimateSeconds").asLong()).isEqualTo(6 * 3600);
        assertThat(afterIncrease.get("timeSpentSeconds").asLong()).isEqualTo(30 * 60);
        assertThat(assertRefusal(worklog, refused, 400).get("detail").asString())
                .contains("reduceBy: say how much to take from the remaining estimate");
    }

    private static JsonNode log(Api as, String key, String spent, String comment) {
        var body = comment == null ? Map.of("timeSpent", spent) : Map.of("timeSpent", spent, "comment", comment);
        var logged = as.post("/api/v1/issues/" + key + "/worklogs", body);
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        return logged.json();
    }

    private static JsonNode time(Api as, String key) {
        return as.get("/api/v1/issues/" + key).json().get("timeTracking");
    }

    private static List<String> keys(Api as, String jql) {
        var found = as.get("/api/v1/search?jql=" + encode(jql));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().get("issues").values().stream().map(i -> i.get("key").asString()).sorted(
                jql.contains("ORDER BY") ? (a, b) -> 0 : String::compareTo).toList();
    }

    private static String encode(String jql) {
        return URLEncoder.encode(jql, StandardCharsets.UTF_8);
    }

    private String payload(String project, String type) {
        return jdbc.sql("select payload::text from outbox where project_key = ? and event_type = ? order by id desc limit 1")
                .params(project, type).query(String.class).single();
    }
}
