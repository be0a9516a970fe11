package dev.meridian.planning;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class BoardQuickFiltersTest {

    @LocalServerPort
    int port;
    Api admin;
    String project;
    String board;

    @BeforeEach
    void kanbanBoard() {
        var fixtures = new Fixtures(port);
        admin = fixtures.admin();
        project = fixtures.project();
        board = "/api/v1/boards/" + ok(admin.post("/api/v1/boards", Map.of("project", project, "name", "Flow", "kind", "kanban")))
                .json().get("id").asLong();
    }

    @Test
    void addsEditsReordersAndDeletesQuickFiltersKeepingTheirIds() {
        var bugs = ok(admin.post(board + "/quick-filters", Map.of("name", " Bugs ", "jql", "type = Bug", "description", "Only bugs"))).json();
        var urgent = ok(admin.post(board + "/quick-filters", Map.of("name", "Urgent", "jql", "priority = High"))).json();
        assertThat(bugs.get("name").asString()).isEqualTo("Bugs");
        assertThat(bugs.get("description").asString()).isEqualTo("Only bugs");

        var renamed = ok(admin.put(board + "/quick-filters/" + id(bugs), Map.of("name", "Defects"))).json();
        assertThat(renamed.get("jql").asString()).as("what the change leaves out stays").isEqualTo("type = Bug");
        var reordered = ok(admin.put(board + "/quick-filters/order", Map.of("ids", List.of(id(urgent), id(bugs))))).json();
        assertThat(names(reordered)).containsExactly("Urgent", "Defects");
        assertThat(names(ok(admin.get(board + "/quick-filters")).json())).containsExactly("Urgent", "Defects");

        ok(admin.delete(board + "/quick-filters/" + id(urgent)));
        var left = ok(admin.get(board)).json().get("quickFilters");
        assertThat(left).hasSize(1);
        assertThat(id(left.get(0))).isEqualTo(id(bugs));
        assertProblem(admin.delete(board + "/quick-filters/" + id(urgent)), 404);
    }

    @Test
    void refusesAQuickFilterWhoseJqlIsInvalidWithTheJqlProblem() {
        var refused = admin.post(board + "/quick-filters", Map.of("name", "Mine", "jql", "asignee = currentUser()"));

        var problem = assertProblem(refused, 400);
        assertThat(problem.get("title").asString()).isEqualTo("Invalid JQL");
        assertThat(problem.get("detail").asString()).contains("asignee").contains("line 1, character 1");
        assertThat(fields(assertProblem(admin.post(board + "/quick-filters", Map.of("name", " ", "jql", "type = Bug")), 400)))
                .containsExactly("name");
        var bugs = ok(admin.post(board + "/quick-filters", Map.of("name", "Bugs", "jql", "type = Bug"))).json();
        assertThat(assertProblem(admin.put(board + "/quick-filters/" + id(bugs), Map.of("jql", "type = ")), 400)
                .get("title").asString()).isEqualTo("Invalid JQL");
        assertThat(ok(admin.get(board + "/quick-filters")).json().get(0).get("jql").asString()).isEqualTo("type = Bug");
    }

    @Test
    void showsTheBoardWithoutAQuickFilterWhoseVersionWasDeletedAndSaysWhichOne() {
        var stale = staleQuickFilter();
        issue("Bug", "Any bug", "Low");

        var shown = ok(admin.get(board + "/issues?quickFilter=" + id(stale))).json();

        assertThat(keys(shown)).as("the board's cards, without the stale quick filter").hasSize(1);
        var broken = shown.get("brokenQuickFilters");
        assertThat(broken).hasSize(1);
        assertThat(id(broken.get(0))).isEqualTo(id(stale));
        assertThat(broken.get(0).get("name").asString()).isEqualTo("In 2.0");
        assertThat(broken.get(0).get("problem").asString()).contains("'2.0' does not exist").contains("line 1, character 14");
        assertThat(ok(admin.get(board + "/issues")).json().get("brokenQuickFilters")).isEmpty();
    }

    @Test
    void savesTheBoardsOtherChangesWhileAQuickFilterIsStaleButNotAStaleQueryTypedAgain() {
        var stale = staleQuickFilter();
        var kept = Map.of("id", id(stale), "name", "In 2.0", "jql", stale.get("jql").asString());

        var renamed = ok(admin.put(board, Map.of("name", "Renamed", "quickFilters", List.of(kept)))).json();

        assertThat(renamed.get("name").asString()).isEqualTo("Renamed");
        assertThat(names(renamed.get("quickFilters"))).containsExactly("In 2.0");
        var retyped = Map.of("id", id(stale), "name", "In 2.0", "jql", "fixVersion = \"2.1\"");
        var problem = assertProblem(admin.put(board, Map.of("quickFilters", List.of(kept, retyped))), 400);
        assertThat(problem.get("detail").asString()).startsWith("Quick filter “In 2.0”: ").contains("'2.1' does not exist");
        assertThat(fields(problem)).containsExactly("quickFilters[1].jql");
    }

    @Test
    void refusesAnOrderThatLeavesOutOrRepeatsAQuickFilter() {
        var bugs = id(ok(admin.post(board + "/quick-filters", Map.of("name", "Bugs", "jql", "type = Bug"))).json());
        var urgent = id(ok(admin.post(board + "/quick-filters", Map.of("name", "Urgent", "jql", "priority = High"))).json());

        var missing = assertProblem(admin.put(board + "/quick-filters/order", Map.of("ids", List.of(urgent))), 400);
        assertThat(missing.get("detail").asString()).contains(bugs + ", " + urgent);
        assertProblem(admin.put(board + "/quick-filters/order", Map.of("ids", List.of(urgent, urgent))), 400);
        assertThat(names(ok(admin.get(board + "/quick-filters")).json())).containsExactly("Bugs", "Urgent");
    }

    @Test
    void showsOnlyTheCardsEveryChosenQuickFilterMatches() {
        var bugs = id(ok(admin.post(board + "/quick-filters", Map.of("name", "Bugs", "jql", "type = Bug"))).json());
        var urgent = id(ok(admin.post(board + "/quick-filters", Map.of("name", "Urgent", "jql", "priority = High"))).json());
        var urgentBug = issue("Bug", "Urgent bug", "High");
        issue("Bug", "Slow bug", "Low");
        issue("Story", "Urgent story", "High");

        assertThat(keys(ok(admin.get(board + "/issues?quickFilter=" + bugs)).json())).hasSize(2);
        var both = ok(admin.get(board + "/issues?quickFilter=" + bugs + "&quickFilter=" + urgent)).json();
        assertThat(keys(both)).containsExactly(urgentBug);
        assertThat(both.get("columns").get(0).get("count").asInt()).as("the WIP count ignores quick filters").isEqualTo(3);
        assertThat(ok(admin.get(board + "/backlog?quickFilter=" + bugs + "&quickFilter=" + urgent)).json().get("backlog")).hasSize(1);
    }

    @Test
    void refusesAQuickFilterTheBoardDoesNotHaveNamingThoseItHas() {
        var bugs = id(ok(admin.post(board + "/quick-filters", Map.of("name", "Bugs", "jql", "type = Bug"))).json());

        var problem = assertProblem(admin.get(board + "/issues?quickFilter=" + (bugs + 1000)), 400);

        assertThat(problem.get("detail").asString()).contains("no quick filter " + (bugs + 1000)).contains(bugs + " Bugs");
    }

    @Test
    void keepsTheIdsOfTheQuickFiltersABoardUpdateSendsBackAndAddsThoseWithout() {
        var bugs = ok(admin.post(board + "/quick-filters", Map.of("name", "Bugs", "jql", "type = Bug"))).json();
        ok(admin.post(board + "/quick-filters", Map.of("name", "Urgent", "jql", "priority = High")));
        var kept = new HashMap<String, Object>(Map.of("id", id(bugs), "name", "Defects", "jql", "type = Bug"));

        var updated = ok(admin.put(board, Map.of("quickFilters", List.of(Map.of("name", "Mine", "jql", "assignee = currentUser()"), kept))))
                .json().get("quickFilters");

        assertThat(names(updated)).containsExactly("Mine", "Defects");
        assertThat(id(updated.get(1))).isEqualTo(id(bugs));
        kept.put("id", id(bugs) + 1000);
        assertProblem(admin.put(board, Map.of("quickFilters", List.of(kept))), 400);
    }

    @Test
    void letsOnlyTheProjectsAdminsChangeQuickFilters() {
        var fixtures = new Fixtures(port);
        var member = fixtures.user("member");
        fixtures.member(project, member, "member");

        assertProblem(member.post(board + "/quick-filters", Map.of("name", "Bugs", "jql", "type = Bug")), 403);
        assertThat(ok(member.get(board + "/quick-filters")).json()).isEmpty();
    }

    /** "In 2.0": {@code fixVersion = "2.0"}, a version deleted since. */
    private JsonNode staleQuickFilter() {
        var versions = "/api/v1/projects/" + project + "/versions";
        ok(admin.post(versions, Map.of("name", "2.0")));
        var filter = ok(admin.post(board + "/quick-filters", Map.of("name", "In 2.0", "jql", "fixVersion = \"2.0\""))).json();
        ok(admin.delete(versions + "/2.0"));
        return filter;
    }

    private String issue(String type, String summary, String priority) {
        return ok(admin.post("/api/v1/issues", Map.of("project", project, "type", type, "summary", summary, "priority", priority)))
                .json().get("key").asString();
    }

    private static long id(JsonNode filter) {
        return filter.get("id").asLong();
    }

    private static List<String> names(JsonNode filters) {
        return filters.valueStream().map(f -> f.get("name").asString()).toList();
    }

    private static List<String> keys(JsonNode issues) {
        return issues.get("lanes").valueStream().flatMap(lane -> lane.get("columns").valueStream()).flatMap(JsonNode::valueStream)
                .map(card -> card.get("key").asString()).toList();
    }

    private static Api.Response ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 299);
        return r;
    }
}
