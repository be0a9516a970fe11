package dev.meridian.importing;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class ImportBadInputTest {

    @LocalServerPort
    int port;

    @Test
    void refusesACsvWithoutASummaryColumn() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();

        var refused = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import", "Issue id,Title text,Status\n1,Lost,Open\n");

        assertThat(fields(assertProblem(refused, 400))).contains("csv");
        assertThat(refused.json().get("detail").asString()).contains("Summary", "Title text");
        assertThat(issueCount(fixtures, project)).isZero();
    }

    @Test
    void refusesAMarkupItDoesNotKnowNamingTheOnesItDoes() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();

        var refused = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import?markup=textile", "Summary\nOne\n");

        assertThat(fields(assertProblem(refused, 400))).contains("markup");
        assertThat(refused.json().get("detail").asString()).contains("jira", "markdown", "textile");
        assertThat(issueCount(fixtures, project)).isZero();
    }

    @Test
    void refusesAnEmptyCsv() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();

        assertProblem(fixtures.admin().postCsv("/api/v1/projects/" + project + "/import", ""), 400);

        assertThat(issueCount(fixtures, project)).isZero();
    }

    @Test
    void refusesACsvWithAnUnclosedQuote() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var scheme = fixtures.admin().get("/api/v1/projects/" + project + "/scheme").text();

        var refused = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import",
                "Issue id,Summary,Status\n1,Fine,Weird status\n2,\"Never closed,Open\n");

        assertThat(fields(assertProblem(refused, 400))).contains("csv");
        assertThat(issueCount(fixtures, project)).isZero();
        assertThat(fixtures.admin().get("/api/v1/projects/" + project + "/scheme").text()).isEqualTo(scheme);
    }

    @Test
    void rejectsRowsWithUnparseableDatesAndImportsTheRest() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();

        var report = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import",
                "Issue id,Summary,Created\n1,Dated,2021-09-30 17:20:00\n2,Undated,the day before yesterday\n");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        var rejected = report.json().get("rejected");
        assertThat(rejected.values()).hasSize(1);
        assertThat(rejected.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(rejected.get(0).get("sourceId").asString()).isEqualTo("2");
        assertThat(rejected.get(0).get("reason").asString()).contains("the day before yesterday");
        assertThat(report.json().get("imported").asInt()).isEqualTo(1);
        assertThat(issueCount(fixtures, project)).isEqualTo(1);
    }

    @Test
    void rejectsRowsWithDatesBeyondWhatCanBeStored() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();

        var report = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import",
                "Issue id,Summary,Created\n1,Fine,2021-09-30 17:20:00\n2,Far future,+300000-01-01\n");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().get("rejected").get(0).get("sourceId").asString()).isEqualTo("2");
        assertThat(issueCount(fixtures, project)).isEqualTo(1);
    }

    @Test
    void rejectsRowsWithANulCharacter() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();

        var report = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import",
                "Issue id,Summary\n1,Fine\n2,Nul \u0000 inside\n");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().get("rejected").get(0).get("sourceId").asString()).isEqualTo("2");
        assertThat(issueCount(fixtures, project)).isEqualTo(1);
    }

    @Test
    void leavesTheSchemeAsItWasWhenAnImportFails() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var scheme = fixtures.admin().get("/api/v1/projects/" + project + "/scheme").text();

        fixtures.admin().postCsv("/api/v1/projects/" + project + "/import",
                "Issue id,Summary,Status,Created\n1,Far future,Weird status,+300000-01-01\n");

        if (issueCount(fixtures, project) == 0) {
            assertThat(fixtures.admin().get("/api/v1/projects/" + project + "/scheme").text()).isEqualTo(scheme);
        }
    }

    @Test
    void refusesDuplicatePairsWithoutTheirColumns() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();

        var refused = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import/duplicates", "Issue id,Summary\n1,x\n");

        assertThat(fields(assertProblem(refused, 400))).contains("csv");
    }

    private static int issueCount(Fixtures fixtures, String project) {
        return fixtures.admin().get("/api/v1/issues?project=" + project).json().get("total").asInt();
    }
}
