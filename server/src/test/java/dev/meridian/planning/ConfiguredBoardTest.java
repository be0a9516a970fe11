package dev.meridian.planning;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@MeridianTest
class ConfiguredBoardTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Fixtures fixtures;
    Api admin;
    String project;

    @BeforeEach
    void project() {
        fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
    }

    @Test
    void showsABoardInConfiguredColumnsWithWipLimitsAndSwimlanes() {
        var kanban = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban",
                "swimlanes", "priority",
                "columns", List.of(Map.of("name", "Open", "statuses", List.of("To Do"), "max", 1),
                        Map.of("name", "Doing", "statuses", List.of("In Progress", "In Review"), "min", 1),
                        Map.of("name", "Done", "statuses", List.of("Done"))),
                "quickFilters", List.of(Map.of("name", "Big", "jql", "\"Story Points\" >= 5"))))).json();
        story("One", 5);
        story("Two", 1);

        var issues = ok(admin.get("/api/v1/boards/" + kanban.get("id").asLong() + "/issues")).json();
        assertThat(issues.get("columns").get(0).get("state").asString()).isEqualTo("over");
        assertThat(issues.get("columns").get(1).get("state").asString()).isEqualTo("under");
        assertThat(issues.get("lanes").get(0).get("name").asString()).isEqualTo("Medium");
        var big = ok(admin.get("/api/v1/boards/" + kanban.get("id").asLong() + "/issues?quickFilter="
                + kanban.get("quickFilters").get(0).get("id").asLong())).json();
        assertThat(big.get("total").asInt()).isEqualTo(1);
        var badColumn = admin.put("/api/v1/boards/" + kanban.get("id").asLong(), Map.of("columns",
                List.of(Map.of("name", "X", "statuses", List.of("Nope")))));
        assertThat(assertProblem(badColumn, 400).get("detail").asString()).contains("no status 'Nope'");
    }

    @Test
    void refusesAColumnMaximumOfZeroNamingTheColumnAndAcceptsAMinimumOfZero() {
        var zeroMax = admin.post("/api/v1/boards", board("Flow", List.of(column("Doing", "In Progress", 0, 0))));
        assertThat(assertProblem(zeroMax, 400).get("detail").asString())
                .contains("column 'Doing'").contains("maximum must be a whole number from 1");
        var negativeMin = admin.post("/api/v1/boards", board("Flow", List.of(column("Doing", "In Progress", -1, null))));
        assertThat(assertProblem(negativeMin, 400).get("detail").asString()).contains("column 'Doing'").contains("minimum");
        var minAboveMax = admin.post("/api/v1/boards", board("Flow", List.of(column("Doing", "In Progress", 4, 2))));
        assertThat(assertProblem(minAboveMax, 400).get("detail").asString()).contains("column 'Doing'").contains("minimum must not be above the maximum (2)");
        assertThat(admin.get("/api/v1/boards?project=" + project).json()).isEmpty();

        var created = ok(admin.post("/api/v1/boards", board("Flow", List.of(column("Doing", "In Progress", 0, 1))))).json();
        long id = created.get("id").asLong();
        var emptied = admin.put("/api/v1/boards/" + id, Map.of("columns", List.of(column("Doing", "In Progress", null, 0))));
        assertThat(assertProblem(emptied, 400).get("detail").asString()).contains("column 'Doing'");
        assertThat(ok(admin.get("/api/v1/boards/" + id)).json().get("columns").get(0).get("max").asInt()).isEqualTo(1);
    }

    @Test
    void countsEveryIssueOfAColumnAgainstItsLimitsWhateverQuickFilterIsOn() {
        var flow = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban",
                "columns", List.of(column("Open", "To Do", null, 2), column("Done", "Done", null, null)),
                "quickFilters", List.of(Map.of("name", "Big", "jql", "\"Story Points\" >= 5"))))).json();
        story("One", 5);
        story("Two", 1);
        story("Three", 1);

        var big = ok(admin.get("/api/v1/boards/" + flow.get("id").asLong() + "/issues?quickFilter="
                + flow.get("quickFilters").get(0).get("id").asLong())).json();

        var open = big.get("columns").get(0);
        assertThat(open.get("count").asInt()).as("the WIP count").isEqualTo(3);
        assertThat(open.get("state").asString()).isEqualTo("over");
        assertThat(open.get("shown").asInt()).as("the cards the quick filter leaves").isEqualTo(1);
        assertThat(big.get("total").asInt()).isEqualTo(1);
        assertThat(cards(big)).hasSize(1);
    }

    @Test
    void keepsEpicsOffTheBoardAndItsWipCountsShowingTheirIssuesUnderThemInEpicSwimlanes() {
        var flow = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban", "swimlanes", "epic",
                "columns", List.of(column("Open", "To Do", null, null))))).json();
        var epic = ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Epic", "summary", "Checkout"))).json().get("key").asString();
        var story = ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", "Pay", "parent", epic)))
                .json().get("key").asString();

        var board = ok(admin.get("/api/v1/boards/" + flow.get("id").asLong() + "/issues")).json();

        assertThat(keys(board)).containsExactly(story);
        assertThat(board.get("columns").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(board.get("lanes").valueStream().map(lane -> lane.get("id").asString())).containsExactly(epic);
    }

    @Test
    void aKanbanBoardLeavesOutDoneIssuesResolvedLongerAgoThanItsSettingAndShowsThemAllWithoutOne() {
        var flow = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban"))).json();
        long id = flow.get("id").asLong();
        assertThat(flow.get("hideDoneAfterDays").asInt()).as("a new kanban board's default").isEqualTo(14);
        var old = resolvedDaysAgo(story("Shipped last month", 1), 30);
        var recent = resolvedDaysAgo(story("Shipped this week", 1), 3);
        var open = story("Still open", 1);

        assertThat(keys(ok(admin.get("/api/v1/boards/" + id + "/issues")).json())).containsExactlyInAnyOrder(recent, open);

        var renamed = ok(admin.put("/api/v1/boards/" + id, Map.of("name", "Delivery"))).json();
        assertThat(renamed.get("hideDoneAfterDays").asInt()).as("kept by an update that leaves it out").isEqualTo(14);
        var showAll = ok(admin.put("/api/v1/boards/" + id, Map.of("hideDoneAfterDays", 0))).json();
        assertThat(showAll.get("hideDoneAfterDays").isNull()).isTrue();
        assertThat(keys(ok(admin.get("/api/v1/boards/" + id + "/issues")).json())).containsExactlyInAnyOrder(old, recent, open);
        ok(admin.put("/api/v1/boards/" + id, Map.of("hideDoneAfterDays", 60)));
        assertThat(keys(ok(admin.get("/api/v1/boards/" + id + "/issues")).json())).containsExactlyInAnyOrder(old, recent, open);
    }

    @Test
    void countsTheDoneIssuesAKanbanBoardHidesInTheirColumnsAndNoneOnceItShowsThemAll() {
        var flow = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban",
                "columns", List.of(column("Open", "To Do", null, null), column("Done", "Done", null, null))))).json();
        long id = flow.get("id").asLong();
        resolvedDaysAgo(story("Shipped last month", 1), 30);
        resolvedDaysAgo(story("Shipped in the spring", 1), 90);
        resolvedDaysAgo(story("Shipped this week", 1), 3);
        story("Still open", 1);

        var hiding = ok(admin.get("/api/v1/boards/" + id + "/issues")).json().get("columns");
        assertThat(hiding.get(0).get("hidden").asLong()).isZero();
        assertThat(hiding.get(1).get("count").asInt()).as("the done issue shown").isEqualTo(1);
        assertThat(hiding.get(1).get("hidden").asLong()).as("the done issues resolved over 14 days ago").isEqualTo(2);

        ok(admin.put("/api/v1/boards/" + id, Map.of("hideDoneAfterDays", 0)));
        var showingAll = ok(admin.get("/api/v1/boards/" + id + "/issues")).json().get("columns");
        assertThat(showingAll.get(1).get("count").asInt()).isEqualTo(3);
        assertThat(showingAll.get(1).get("hidden").asLong()).isZero();
    }

    @Test
    void leavesEpicsOutOfTheHiddenDoneCountAsTheBoardWouldNotShowThem() {
        var flow = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban",
                "columns", List.of(column("Open", "To Do", null, null), column("Done", "Done", null, null))))).json();
        var epic = ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Epic", "summary", "Checkout"))).json().get("key").asString();
        resolvedDaysAgo(epic, 30);
        resolvedDaysAgo(story("Shipped last month", 1), 30);

        var done = ok(admin.get("/api/v1/boards/" + flow.get("id").asLong() + "/issues")).json().get("columns").get(1);

        assertThat(done.get("hidden").asLong()).as("the story, not its epic").isEqualTo(1);
    }

    @Test
    void countsTheIssuesInStatusesNoColumnShowsByStatusAndNoneOnceAColumnShowsThem() {
        var flow = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban",
                "columns", List.of(column("Open", "To Do", null, null), column("Done", "Done", null, null))))).json();
        long id = flow.get("id").asLong();
        story("Still open", 1);
        for (var key : List.of(story("Started", 1), story("Started too", 1))) {
            ok(admin.post("/api/v1/issues/" + key + "/transitions", Map.of("status", "In Progress")));
        }

        var board = ok(admin.get("/api/v1/boards/" + id + "/issues")).json();
        assertThat(board.get("unmapped").get("In Progress").asInt()).isEqualTo(2);
        assertThat(board.get("unmapped").size()).isEqualTo(1);
        assertThat(board.get("total").asInt()).as("the cards on the board").isEqualTo(1);

        ok(admin.put("/api/v1/boards/" + id, Map.of("columns", List.of(column("Open", "To Do", null, null),
                column("Doing", "In Progress", null, null), column("Done", "Done", null, null)))));
        assertThat(ok(admin.get("/api/v1/boards/" + id + "/issues")).json().get("unmapped").isEmpty()).isTrue();
    }

    @Test
    void putsAStatusNewToTheWorkflowInTheLastColumnOfItsCategoryOrInTheFirstColumnWhenNoneHasIt() {
        long flow = created("Flow", List.of(column("Open", "To Do", null, null), column("Doing", "In Progress", null, null),
                column("Review", "In Review", null, null), column("Done", "Done", null, null)));
        long lean = created("Lean", List.of(column("Open", "To Do", null, null), column("Done", "Done", null, null)));

        ok(admin.put("/api/v1/projects/" + project + "/workflow", workflow(List.of("To Do", "new"), List.of("In Progress", "indeterminate"),
                List.of("In Review", "indeterminate"), List.of("QA", "indeterminate"), List.of("Done", "done"), List.of("Won't Fix", "done"))));

        assertThat(statuses(flow)).containsExactly(List.of("To Do"), List.of("In Progress"), List.of("In Review", "QA"), List.of("Done", "Won't Fix"));
        assertThat(statuses(lean)).as("no column of Lean shows a status in progress").containsExactly(List.of("To Do", "QA"), List.of("Done", "Won't Fix"));
        var key = story("Tested", 1);
        ok(admin.post("/api/v1/issues/" + key + "/transitions", Map.of("status", "QA")));
        var board = ok(admin.get("/api/v1/boards/" + flow + "/issues")).json();
        assertThat(board.get("unmapped").isEmpty()).isTrue();
        assertThat(board.get("columns").get(2).get("count").asInt()).isEqualTo(1);
        assertThat(boardEvents(flow)).containsExactly("board.created", "board.updated", "board.updated");
    }

    @Test
    void takesAStatusLeftOutOfTheWorkflowOutOfItsColumnWithOrWithoutIssuesAndKeepsTheColumnEmptyAsJiraDoes() {
        long flow = created("Flow", List.of(column("Open", "To Do", null, null), column("Doing", "In Progress", null, null),
                column("Review", "In Review", null, null), column("Done", "Done", null, null)));
        var reviewed = story("Reviewed", 1);
        ok(admin.post("/api/v1/issues/" + reviewed + "/transitions", Map.of("status", "In Progress")));
        ok(admin.post("/api/v1/issues/" + reviewed + "/transitions", Map.of("status", "In Review")));
        var definition = new java.util.HashMap<>(workflow(List.of("In Progress", "indeterminate"), List.of("Done", "done")));
        definition.put("moveIssues", Map.of("In Review", "In Progress"));

        ok(admin.put("/api/v1/projects/" + project + "/workflow", definition));

        assertThat(statuses(flow)).containsExactly(List.of(), List.of("In Progress"), List.of(), List.of("Done"));
        assertThat(jdbc.sql("select count(*) from board_columns where board_id = ? and cardinality(status_ids) = 0").param(flow)
                .query(Integer.class).single()).as("the removed statuses' ids are gone, not only hidden").isEqualTo(2);
        var board = ok(admin.get("/api/v1/boards/" + flow + "/issues")).json();
        assertThat(board.get("columns").get(1).get("count").asInt()).as("the issue moved to In Progress").isEqualTo(1);
        assertThat(board.get("columns").get(2).get("count").asInt()).isZero();
        assertThat(boardEvents(flow)).containsExactly("board.created", "board.updated", "board.updated");
        var renamed = ok(admin.put("/api/v1/boards/" + flow, Map.of("name", "Delivery"))).json();
        assertThat(renamed.get("columns").get(2).get("name").asString()).isEqualTo("Review");
        var waiting = Map.<String, Object>of("name", "Waiting", "statuses", List.of());
        ok(admin.put("/api/v1/boards/" + flow, Map.of("columns", List.of(column("Doing", "In Progress", null, null), waiting))));
        assertThat(statuses(flow)).containsExactly(List.of("In Progress"), List.of());
    }

    @Test
    void refusesToHideDoneIssuesForMoreThanAYearOrOnAScrumBoardWhichShowsNoneByDefault() {
        var scrum = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Team", "kind", "scrum"))).json();
        assertThat(scrum.get("hideDoneAfterDays").isNull()).isTrue();
        var flow = ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban"))).json();

        var tooLong = admin.put("/api/v1/boards/" + flow.get("id").asLong(), Map.of("hideDoneAfterDays", 366));
        assertThat(fields(assertProblem(tooLong, 400))).containsExactly("hideDoneAfterDays");
        var onScrum = admin.put("/api/v1/boards/" + scrum.get("id").asLong(), Map.of("hideDoneAfterDays", 14));
        assertThat(fields(assertProblem(onScrum, 400))).containsExactly("hideDoneAfterDays");
    }

    private long created(String name, List<Map<String, Object>> columns) {
        return ok(admin.post("/api/v1/boards", board(name, columns))).json().get("id").asLong();
    }

    private List<List<String>> statuses(long boardId) {
        return ok(admin.get("/api/v1/boards/" + boardId)).json().get("columns").valueStream()
                .map(c -> c.get("statuses").valueStream().map(JsonNode::asString).toList()).toList();
    }

    private List<String> boardEvents(long boardId) {
        return jdbc.sql("select event_type from outbox where aggregate_type = 'board' and aggregate_id = ? order by id")
                .param(String.valueOf(boardId)).query(String.class).list();
    }

    /** Each status as its name and category; any status may move to any other. */
    @SafeVarargs
    private static Map<String, Object> workflow(List<String>... statuses) {
        return Map.of("statuses", java.util.Arrays.stream(statuses).map(s -> Map.of("name", s.get(0), "category", s.get(1))).toList(),
                "transitions", java.util.Arrays.stream(statuses).map(s -> Map.of("name", s.get(0), "to", s.get(0))).toList());
    }

    private String resolvedDaysAgo(String key, int days) {
        ok(admin.post("/api/v1/issues/" + key + "/transitions", Map.of("status", "Done")));
        jdbc.sql("update issues set resolved_at = now() - make_interval(days => ?) where key = ?").params(days, key).update();
        return key;
    }

    private static List<String> keys(JsonNode issues) {
        return cards(issues).stream().map(card -> card.get("key").asString()).toList();
    }

    private static List<JsonNode> cards(JsonNode issues) {
        return issues.get("lanes").valueStream().flatMap(lane -> lane.get("columns").valueStream()).flatMap(JsonNode::valueStream).toList();
    }

    private Map<String, Object> board(String name, List<Map<String, Object>> columns) {
        return Map.of("project", project, "name", name, "kind", "kanban", "columns", columns);
    }

    private static Map<String, Object> column(String name, String status, Integer min, Integer max) {
        var column = new java.util.HashMap<String, Object>();
        column.put("name", name);
        column.put("statuses", List.of(status));
        column.put("min", min);
        column.put("max", max);
        return column;
    }

    private String story(String summary, int points) {
        return ok(admin.post("/api/v1/issues", Map.of("project", project, "type", "Story", "summary", summary, "storyPoints", points)))
                .json().get("key").asString();
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }
}
