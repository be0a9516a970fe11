package dev.meridian.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.assistant.internal.ChatProvider.Ask;
import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Training;
import dev.meridian.support.WorkerByHand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat's project tools (sprint and board status, recent changes, triage suggestions) through the tool box a
 * language model calls and through the local provider: run as the asking user, changing nothing.
 */
@MeridianTest
class ProjectToolsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    WorkerByHand worker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ToolBox tools;
    @Autowired
    LocalProvider local;

    private Fixtures fixtures;
    private Api admin;
    private String project;
    private CurrentUser ana;
    private CurrentUser outsider;

    @BeforeEach
    void aProjectAnaIsAMemberOf() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
        var anaApi = fixtures.user("ana", "Ana Moreau");
        fixtures.member(project, anaApi, "member");
        ana = user(Fixtures.email(anaApi));
        outsider = user(Fixtures.email(fixtures.user("olga")));
    }

    private CurrentUser user(String email) {
        return jdbc.sql("select id, email, display_name from users where email = ?").param(email)
                .query((rs, i) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3), false)).single();
    }

    private JsonNode call(String tool, Map<String, Object> arguments, CurrentUser as) {
        return JSON.valueToTree(tools.call(tool, arguments, as, new Trace()).content());
    }

    private long outbox() {
        return jdbc.sql("select count(*) from outbox").query(Long.class).single();
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r;
    }

    @Test
    void reportsTheActiveSprintAndTheBoardColumnsWithTheirLimits() {
        var a = fixtures.issue(project, admin, "Login page");
        var b = fixtures.issue(project, admin, "Logout button");
        fixtures.issue(project, admin, "Not planned");
        long board = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Team", "kind", "scrum",
                "columns", List.of(Map.of("name", "To do", "statuses", List.of("To Do"), "max", 1),
                        Map.of("name", "Doing", "statuses", List.of("In Progress", "In Review")),
                        Map.of("name", "Done", "statuses", List.of("Done")))))).json().get("id").asLong();
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Sprint 1"))).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(a, b))));
        // Ends in ten days' time, late in the day: ten calendar days left, as the board's header counts them.
        var end = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).atTime(23, 0).toInstant(java.time.ZoneOffset.UTC);
        ok(admin.post("/api/v1/sprints/" + sprint + "/start", Map.of("goal", "Sign-in works", "endDate", end.toString())));
        ok(admin.post("/api/v1/issues/" + a + "/transitions", Map.of("status", "Done")));
        ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Sprint 2")));
        long before = outbox();

        var status = call("sprint_status", Map.of("project", project), ana).get("boards").get(0);

        assertThat(status.get("name").asString()).isEqualTo("Team");
        assertThat(status.at("/activeSprint/name").asString()).isEqualTo("Sprint 1");
        assertThat(status.at("/activeSprint/goal").asString()).isEqualTo("Sign-in works");
        assertThat(status.at("/activeSprint/issues").asInt()).isEqualTo(2);
        assertThat(status.at("/activeSprint/done").asInt()).isEqualTo(1);
        assertThat(status.at("/activeSprint/daysLeft").asLong()).isEqualTo(10);
        assertThat(status.get("columns").findValuesAsString("name")).containsExactly("To do", "Doing", "Done");
        assertThat(status.get("columns").findValues("issues").stream().map(JsonNode::asInt).toList()).containsExactly(1, 0, 1);
        assertThat(status.at("/columns/0/max").asInt()).isEqualTo(1);
        assertThat(status.get("nextSprints").get(0).asString()).isEqualTo("Sprint 2 (0 issues)");

        var answer = local.compose(new Ask("how is the current sprint going?", List.of(), project, ana));
        assertThat(answer.intent()).isEqualTo("sprint");
        assertThat(answer.text()).contains("Sprint 1").contains("**1 of 2** issues done").contains("- To do: 1 (WIP limit 1)");

        assertThat(call("sprint_status", Map.of("project", project), outsider).get("error").asString()).contains(project);
        assertThat(outbox()).as("no tool changes data").isEqualTo(before);
    }

    @Test
    void listsWhatChangedInAProjectSinceATimeWithTheChangesThemselves() {
        var key = fixtures.issue(project, admin, "Flaky upload");
        ok(admin.patch("/api/v1/issues/" + key, Map.of("priority", "High")));
        var old = fixtures.issue(project, admin, "Untouched since long ago");
        jdbc.sql("update issues set updated_at = now() - interval '3 days', created_at = now() - interval '3 days' where key = ?")
                .param(old).update();
        long before = outbox();

        var changes = call("recent_changes", Map.of("project", project, "since", "-1h"), ana);

        assertThat(changes.get("total").asInt()).isEqualTo(1);
        assertThat(changes.at("/issues/0/key").asString()).isEqualTo(key);
        assertThat(changes.at("/issues/0/changes").toString()).contains("created at").contains("priority").contains("High");
        assertThat(call("recent_changes", Map.of("project", project, "since", "yesterday"), ana).get("total").asInt()).isEqualTo(1);
        assertThat(call("recent_changes", Map.of("project", project, "since", "-7d"), ana).get("total").asInt()).isEqualTo(2);
        assertThat(call("recent_changes", Map.of("project", project, "since", "whenever"), ana).get("error").asString())
                .contains("'since' must be a time");
        assertThat(call("recent_changes", Map.of("project", project, "since", "-1h"), outsider).has("error")).isTrue();
        assertThat(outbox()).as("no tool changes data").isEqualTo(before);
    }

    @Test
    void countsAMoveIntoASprintAsAChangeOfTheIssue() {
        var old = fixtures.issue(project, admin, "Planned today, written long ago");
        jdbc.sql("update issues set updated_at = now() - interval '3 days', created_at = now() - interval '3 days' where key = ?")
                .param(old).update();
        long board = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Team", "kind", "scrum"))).json().get("id").asLong();
        long sprint = ok(admin.post("/api/v1/boards/" + board + "/sprints", Map.of("name", "Sprint 7"))).json().get("id").asLong();
        ok(admin.post("/api/v1/sprints/" + sprint + "/issues", Map.of("add", List.of(old))));

        var changes = call("recent_changes", Map.of("project", project, "since", "-1h"), ana);

        assertThat(changes.get("total").asInt()).isEqualTo(1);
        assertThat(changes.at("/issues/0/key").asString()).isEqualTo(old);
        assertThat(changes.at("/issues/0/changes").toString()).contains("Sprint").contains("Sprint 7");
    }

    @Test
    void suggestsTriageForADraftFromTheProjectsTrainedModel() {
        assertThat(call("suggest_triage", Map.of("project", project, "summary", "NameNode crashes"), ana).get("error").asString())
                .contains("has no active model");
        for (var summary : List.of("NameNode crashes on restart", "NameNode crash after upgrade", "DataNode disk full",
                "DataNode fails to start", "Docs typo in README")) {
            ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", summary,
                    "priority", summary.startsWith("Name") ? "High" : "Low")));
        }
        worker.backfill(admin, project);
        var job = Training.train(admin, project, "full");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        long before = outbox();

        var suggestions = call("suggest_triage", Map.of("project", project, "summary", "NameNode crashes when restarted"), ana);

        assertThat(suggestions.get("modelVersion").asString()).startsWith(project + "-");
        assertThat(suggestions.get("fields").findValues("confidence")).allSatisfy(c -> assertThat(c.asDouble()).isBetween(0.0, 1.0));
        assertThat(suggestions.get("possibleDuplicates").findValuesAsString("summary")).contains("NameNode crashes on restart");
        var answer = local.compose(new Ask("suggest triage for \"NameNode crashes when restarted\"", List.of(), project, ana));
        assertThat(answer.intent()).isEqualTo("triage");
        assertThat(answer.text()).contains("the trained model **" + project + "-").contains("Possible duplicates")
                .contains("NameNode crashes on restart");
        assertThat(call("suggest_triage", Map.of("project", project, "summary", "x"), outsider).has("error")).isTrue();
        assertThat(outbox()).as("no tool changes data").isEqualTo(before);
    }
}
