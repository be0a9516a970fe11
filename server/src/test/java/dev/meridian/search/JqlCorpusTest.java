package dev.meridian.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.search.JqlCase.Issues;
import dev.meridian.support.Api;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every query of jql/corpus.tsv against the fixture, through GET and POST /api/v1/search and /api/v1/jql/validate.
 * The expectations come from Jira's semantics and the JQL contract, not from the implementation.
 */
@MeridianTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JqlCorpusTest {

    private static final List<JqlCase> CORPUS = JqlCase.read("/jql/corpus.tsv");

    @LocalServerPort
    int port;
    private JqlFixture fixture;

    @BeforeAll
    void buildTheFixture() {
        fixture = JqlFixture.shared(port);
    }

    @TestFactory
    Stream<DynamicTest> answersEveryQueryOfTheCorpus() {
        return CORPUS.stream().map(c -> DynamicTest.dynamicTest("GET " + c, () -> check(c, get(c))));
    }

    @TestFactory
    Stream<DynamicTest> answersThePostedQueryTheSame() {
        return CORPUS.stream().map(c -> DynamicTest.dynamicTest("POST " + c, () -> check(c, post(c))));
    }

    @TestFactory
    Stream<DynamicTest> validatesWhatItWouldSearch() {
        return CORPUS.stream().map(c -> DynamicTest.dynamicTest("validate " + c, () -> checkValidation(c)));
    }

    @Test
    void answersForAProjectTheCallerCannotBrowseAsForOneThatDoesNotExist() {
        var hidden = api("mia").get(search("project = JQH"));
        var missing = api("mia").get(search("project = JQX"));

        var detail = Problems.assertProblem(hidden, 400).path("detail").asString("");
        assertThat(detail).isEqualTo(Problems.assertProblem(missing, 400).path("detail").asString("").replace("JQX", "JQH"));
    }

    @Test
    void answersForAnIssueTheCallerCannotBrowseAsForOneThatDoesNotExist() {
        var hidden = api("mia").get(search("key = JQH-2"));
        var missing = api("mia").get(search("key = JQA-999"));

        var detail = Problems.assertProblem(hidden, 400).path("detail").asString("");
        assertThat(detail).isEqualTo(Problems.assertProblem(missing, 400).path("detail").asString("").replace("JQA-999", "JQH-2"));
    }

    @Test
    void returnsTheKeyAndOnlyTheRequestedFields() {
        var viaGet = api("mia").get(search("key = JQA-2") + "&fields=summary,status");
        var viaPost = api("mia").post("/api/v1/search", Map.of("jql", "key = JQA-2", "fields", List.of("summary", "status")));

        for (var response : List.of(viaGet, viaPost)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            var issue = response.json().path("issues").get(0);
            assertThat(issue.propertyNames()).as(response.toString()).containsExactlyInAnyOrder("key", "summary", "status");
            assertThat(issue.path("summary").asString()).isEqualTo("Crash when uploading large files");
            assertThat(issue.path("status").asString()).isEqualTo("Done");
        }
    }

    @Test
    void returnsTheIssueSummaryShapeOfTheIssueList() {
        var response = api("mia").get(search("key = JQA-2"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var issue = response.json().path("issues").get(0);
        assertThat(issue.propertyNames()).contains("key", "projectKey", "type", "summary", "status", "statusCategory",
                "priority", "resolution", "assignee", "reporter", "labels", "storyPoints", "dueDate", "parentKey", "createdAt",
                "updatedAt", "resolvedAt", "version");
        assertThat(issue.path("parentKey").asString()).isEqualTo("JQA-1");
        assertThat(issue.path("assignee").path("email").asString()).isEqualTo(fixture.person("mia").email());
    }

    @Test
    void pagesThroughTheResultsWithStartAtAndMaxResults() {
        var page = api("mia").get("/api/v1/search?jql=" + encode("project = JQA ORDER BY key ASC") + "&startAt=2&maxResults=3");
        var posted = api("mia").post("/api/v1/search", Map.of("jql", "project = JQA ORDER BY key ASC", "startAt", 2, "maxResults", 3));

        for (var response : List.of(page, posted)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            var json = response.json();
            assertThat(keys(json)).as(response.toString()).containsExactly("JQA-3", "JQA-4", "JQA-5");
            assertThat(json.path("total").asInt()).isEqualTo(18);
            assertThat(json.path("startAt").asInt()).isEqualTo(2);
            assertThat(json.path("maxResults").asInt()).isEqualTo(3);
        }
    }

    @Test
    void returnsFiftyIssuesUnlessAskedForMore() {
        var response = api("admin").get("/api/v1/search");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("maxResults").asInt()).isEqualTo(50);
        assertThat(keys(response.json()).size()).isLessThanOrEqualTo(50);
    }

    private Api.Response get(JqlCase c) {
        return api(c.as()).get(search(fixture.expand(c.query())) + "&maxResults=500");
    }

    private Api.Response post(JqlCase c) {
        return api(c.as()).post("/api/v1/search", Map.of("jql", fixture.expand(c.query()), "maxResults", 500));
    }

    private void check(JqlCase c, Api.Response response) {
        if (c.expected() instanceof JqlCase.Error error) {
            checkError(error, response);
            return;
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var json = response.json();
        var actual = keys(json).stream().map(fixture::name).toList();
        var expected = c.names(fixture);
        assertThat(json.path("total").asInt(-1)).as("total of " + actual).isEqualTo(actual.size());
        if (((Issues) c.expected()).ordered()) {
            assertThat(actual).as("issues in the order of the query's ORDER BY").containsExactlyElementsOf(expected);
        } else {
            assertThat(actual).as("issues").containsExactlyInAnyOrderElementsOf(expected);
            assertThat(actual).as("the default order: created DESC, key DESC").containsExactlyElementsOf(newestFirst(expected));
        }
    }

    private static void checkError(JqlCase.Error error, Api.Response response) {
        var problem = Problems.assertProblem(response, 400);
        var detail = problem.path("detail").asString("");
        assertThat(problem.path("title").asString("")).isEqualTo("Invalid JQL");
        assertThat(detail).contains(error.phrase()).endsWith(" " + error.position());
        assertThat(problem.path("line").asInt(-1)).as("line of " + detail).isEqualTo(error.line());
        assertThat(problem.path("character").asInt(-1)).as("character of " + detail).isEqualTo(error.character());
        assertThat(problem.path("errorMessages").values().stream().map(m -> m.asString()).toList()).contains(detail);
    }

    private void checkValidation(JqlCase c) {
        var response = api(c.as()).get("/api/v1/jql/validate?jql=" + encode(fixture.expand(c.query())));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var json = response.json();
        if (!(c.expected() instanceof JqlCase.Error error)) {
            assertThat(json.path("valid").asBoolean(false)).as(response.toString()).isTrue();
            return;
        }
        assertThat(json.path("valid").asBoolean(true)).as(response.toString()).isFalse();
        var first = json.path("errors").get(0);
        assertThat(first).as(response.toString()).isNotNull();
        assertThat(first.path("message").asString("")).contains(error.phrase());
        assertThat(first.path("line").asInt(-1)).as(response.toString()).isEqualTo(error.line());
        assertThat(first.path("character").asInt(-1)).as(response.toString()).isEqualTo(error.character());
    }

    private List<String> newestFirst(List<String> names) {
        var order = new ArrayList<>(fixture.creationOrder());
        order.retainAll(names);
        Collections.reverse(order);
        return order;
    }

    private Api api(String person) {
        return fixture.person(person).api();
    }

    private static String search(String jql) {
        return "/api/v1/search?jql=" + encode(jql);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> keys(JsonNode json) {
        return json.path("issues").values().stream().map(i -> i.path("key").asString()).toList();
    }
}
