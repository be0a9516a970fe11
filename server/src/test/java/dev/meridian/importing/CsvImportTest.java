package dev.meridian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class CsvImportTest {

    static final String JIRA = """
            Summary,Issue id,Status,Priority,Resolution,Created,Resolved,Affects Version/s,Affects Version/s,Description
            Second filed,200,Resolved,Major,Fixed,02/Oct/21 10:00,05/Oct/21 09:30,3.3.1,3.4.0,"Multi
            line, with ""quotes""\"
            First filed,100,Open,Blocker,,30/Sep/21 17:20,,3.3.1,,Crash in NameNode
            No date here,300,Patch Available,Minor,,not a date,,,,x
            ,400,Open,Major,,01/Oct/21 10:00,,,,empty summary
            Third filed,500,Open,Major,,03/Oct/21 10:00,,,,dup of first
            """;

    @LocalServerPort
    int port;

    @Test
    void importsInCreationOrderKeepingSourceIdsAndReportingRejects() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var report = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import", JIRA);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        var json = report.json();
        assertThat(json.get("imported").asInt()).isEqualTo(3);
        assertThat(json.get("keys").get("100").asString()).isEqualTo(project + "-1");
        assertThat(json.get("keys").get("200").asString()).isEqualTo(project + "-2");
        assertThat(json.get("keys").get("500").asString()).isEqualTo(project + "-3");
        assertThat(json.get("rejected")).hasSize(2);
        assertThat(json.get("rejected").get(0).get("sourceId").asString()).isEqualTo("300");
        assertThat(json.get("rejected").get(0).get("reason").asString()).contains("not a date");
        assertThat(json.get("rejected").get(1).get("reason").asString()).contains("summary is empty");
        assertThat(json.get("added").get("statuses").toString()).contains("Open").contains("Resolved");
        assertThat(json.get("added").get("priorities").toString()).contains("Blocker").contains("Major");

        var second = fixtures.admin().get("/api/v1/issues/" + project + "-2").json();
        assertThat(second.get("status").asString()).isEqualTo("Resolved");
        assertThat(second.get("statusCategory").asString()).isEqualTo("done");
        assertThat(second.get("resolution").asString()).isEqualTo("Fixed");
        assertThat(second.get("affectsVersions").toString()).isEqualTo("[\"3.3.1\",\"3.4.0\"]");
        assertThat(second.get("createdAt").asString()).isEqualTo("2021-10-02T10:00:00Z");
        assertThat(second.get("resolvedAt").asString()).isEqualTo("2021-10-05T09:30:00Z");
        assertThat(second.get("description").asString()).isEqualTo("Multi  \nline, with \"quotes\"");
        var byExternal = fixtures.admin().get("/api/v1/issues?externalId=100").json();
        assertThat(byExternal.get("items").get(0).get("key").asString()).isEqualTo(project + "-1");
    }

    @Test
    void descriptionsInJiraWikiMarkupBecomeMarkdownUnlessTheyAreSaidToBeMarkdown() {
        var fixtures = new Fixtures(port);
        var csv = "Summary,Issue id,Description\nWiki,1,\"h3. Steps\n{code:java}\nint x = 1;\n{code}\nsee [the doc|https://hadoop.apache.org]\"\n";
        var jira = fixtures.project();
        var markdown = fixtures.project();

        fixtures.admin().postCsv("/api/v1/projects/" + jira + "/import", csv);
        fixtures.admin().postCsv("/api/v1/projects/" + markdown + "/import?markup=markdown", csv);

        assertThat(fixtures.admin().get("/api/v1/issues/" + jira + "-1").json().get("description").asString())
                .isEqualTo("### Steps\n\n```java\nint x = 1;\n```\n\nsee [the doc](https://hadoop.apache.org)");
        assertThat(fixtures.admin().get("/api/v1/issues/" + markdown + "-1").json().get("description").asString())
                .isEqualTo("h3. Steps\n{code:java}\nint x = 1;\n{code}\nsee [the doc|https://hadoop.apache.org]");
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.admin().postCsv("/api/v1/projects/" + project + "/import", JIRA);
        var again = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import", JIRA).json();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("alreadyImported").get("100").asString()).isEqualTo(project + "-1");
        assertThat(fixtures.admin().get("/api/v1/issues?project=" + project).json().get("total").asInt()).isEqualTo(3);
    }

    @Test
    void importsABugzillaExportWithItsOwnStatusesAndPriorities() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var csv = """
                bug_id,short_desc,bug_status,priority,resolution,opendate,keywords,component
                7001,Crash on save,NEW,P1,,2023-01-05 10:00:00,crash regression,Editor
                7002,Typo in menu,VERIFIED,P5,FIXED,2023-01-04 09:00:00,,UI
                7003,Slow start,ASSIGNED,P3,,2023-01-06 11:00:00,,Editor
                """;
        var report = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import", csv).json();
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.get("keys").get("7002").asString()).isEqualTo(project + "-1");
        var scheme = fixtures.admin().get("/api/v1/projects/" + project + "/scheme").json().toString();
        assertThat(scheme).contains("\"name\":\"VERIFIED\",\"category\":\"done\"")
                .contains("\"name\":\"NEW\",\"category\":\"new\"")
                .contains("\"name\":\"ASSIGNED\",\"category\":\"indeterminate\"")
                .contains("\"name\":\"P1\"");
        var crash = fixtures.admin().get("/api/v1/issues/" + report.get("keys").get("7001").asString()).json();
        assertThat(crash.get("labels").toString()).isEqualTo("[\"crash\",\"regression\"]");
        assertThat(crash.get("components").toString()).isEqualTo("[\"Editor\"]");
        assertThat(crash.get("priority").asString()).isEqualTo("P1");
    }

    @Test
    void withoutAdoptionRowsWithUnknownValuesAreRejected() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var csv = "Summary,Issue id,Status,Priority\nKnown,1,To Do,High\nUnknown,2,Triage,High\n";
        var report = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import?adoptValues=false", csv).json();
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").get(0).get("reason").asString()).contains("status 'Triage'");
    }

    @Test
    void linksDuplicatesBySourceIdAndReportsUnknownIds() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.admin().postCsv("/api/v1/projects/" + project + "/import", JIRA);
        var report = fixtures.admin().postCsv("/api/v1/projects/" + project + "/import/duplicates",
                "Issue id,Duplicate id\n500,\"100, 999\"\n").json();
        assertThat(report.get("linksCreated").asInt()).isEqualTo(1);
        assertThat(report.get("linksRejected").get(0).asString()).contains("999");
        var links = fixtures.admin().get("/api/v1/issues/" + project + "-3/links").json();
        assertThat(links.get(0).get("description").asString()).isEqualTo("duplicates");
        assertThat(links.get(0).get("key").asString()).isEqualTo(project + "-1");
    }
}
