package dev.meridian.projects;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.Problems;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class ProjectsTest {

    @LocalServerPort
    int port;

    @Test
    void aNewProjectHasTheDefaultScheme() {
        var fixtures = new Fixtures(port);
        var scheme = fixtures.admin().get("/api/v1/projects/" + fixtures.project() + "/scheme").json();
        assertThat(scheme.get("workflow").get("statuses").findValuesAsString("name")).containsExactly("To Do", "In Progress", "In Review", "Done");
        assertThat(scheme.get("workflow").get("statuses").findValuesAsString("category")).containsExactly("new", "indeterminate", "indeterminate", "done");
        assertThat(scheme.get("types").findValuesAsString("name")).containsExactly("Epic", "Story", "Task", "Bug", "Sub-task");
        assertThat(scheme.get("priorities").findValuesAsString("name")).containsExactly("Highest", "High", "Medium", "Low", "Lowest");
    }

    @Test
    void anAdminAddsRenamesAndRemovesIssueTypesWithinTheRules() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var base = "/api/v1/projects/" + project;

        var added = admin.post(base + "/types", Map.of("name", " Spike ", "level", "standard"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().get("types").findValuesAsString("name")).containsExactly("Epic", "Story", "Task", "Bug", "Sub-task", "Spike");
        assertProblem(admin.post(base + "/types", Map.of("name", "spike")), 409);
        assertProblem(admin.post(base + "/types", Map.of("name", "Chore", "level", "huge")), 400);

        var issue = fixtures.issue(project);
        var renamed = admin.put(base + "/types/task", Map.of("name", "Work item"));
        assertThat(renamed.json().get("types").findValuesAsString("name")).contains("Work item").doesNotContain("Task");
        assertThat(admin.get("/api/v1/issues/" + issue).json().get("type").asString()).isEqualTo("Work item");
        assertProblem(admin.put(base + "/types/Bug", Map.of("name", "STORY")), 409);
        assertProblem(admin.put(base + "/types/Nope", Map.of("name", "Other")), 404);

        assertThat(assertProblem(admin.delete(base + "/types/Work%20item"), 409).get("detail").asString())
                .contains("used by 1 issue");
        assertThat(admin.delete(base + "/types/Spike").json().get("types").findValuesAsString("name")).doesNotContain("Spike");
        admin.delete(base + "/types/Bug");
        admin.delete("/api/v1/issues/" + issue);
        admin.delete(base + "/types/Story");
        assertThat(assertProblem(admin.delete(base + "/types/Work%20item"), 409).get("detail").asString())
                .contains("last standard type");
    }

    @Test
    void anAdminAddsRenamesAndRemovesResolutionsWithinTheRules() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        var base = "/api/v1/projects/" + project;

        assertThat(admin.post(base + "/resolutions", Map.of("name", "Fixed")).json().get("resolutions").findValuesAsString("name"))
                .containsExactly("Done", "Won't Do", "Duplicate", "Cannot Reproduce", "Fixed");
        assertProblem(admin.post(base + "/resolutions", Map.of("name", "fixed")), 409);
        var issue = fixtures.issue(project);
        admin.post("/api/v1/issues/" + issue + "/transitions", Map.of("status", "Done", "resolution", "Fixed"));

        assertThat(admin.put(base + "/resolutions/Fixed", Map.of("name", "Resolved")).json().get("resolutions").findValuesAsString("name"))
                .contains("Resolved").doesNotContain("Fixed");
        assertThat(admin.get("/api/v1/issues/" + issue).json().get("resolution").asString()).isEqualTo("Resolved");
        assertThat(assertProblem(admin.delete(base + "/resolutions/Resolved"), 409).get("detail").asString()).contains("set on 1 issue");
        for (var name : List.of("Won't Do", "Duplicate", "Cannot Reproduce")) {
            assertThat(admin.delete(base + "/resolutions/" + name.replace(" ", "%20")).status()).isEqualTo(200);
        }
        admin.post("/api/v1/issues/" + issue + "/transitions", Map.of("status", "To Do"));
        admin.delete(base + "/resolutions/Resolved");
        assertThat(assertProblem(admin.delete(base + "/resolutions/Done"), 409).get("detail").asString()).contains("is the last of");
    }

    @Test
    void refusesADuplicateOrMalformedKey() {
        var fixtures = new Fixtures(port);
        var key = fixtures.project();
        assertThat(fixtures.admin().post("/api/v1/projects", Map.of("key", key, "name", "Again")).status()).isEqualTo(409);
        var bad = fixtures.admin().post("/api/v1/projects", Map.of("key", "lower", "name", "Bad"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("key");
    }

    @Test
    void aNewProjectKeepsItsDescriptionAndLeadWhoBecomesAnAdminAndRefusesAnUnknownLead() {
        var fixtures = new Fixtures(port);
        var lead = fixtures.user("lena", "Lena Lead");
        var key = "L" + fixtures.project().substring(1);
        var created = fixtures.admin().post("/api/v1/projects", Map.of("key", key, "name", "Led", "description", "Our site",
                "lead", Fixtures.email(lead)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("description").asString()).isEqualTo("Our site");
        assertThat(created.json().get("lead").get("displayName").asString()).isEqualTo("Lena Lead");
        assertThat(lead.get("/api/v1/projects/" + key).json().get("role").asString()).isEqualTo("admin");

        var unknown = fixtures.admin().post("/api/v1/projects", Map.of("key", key + "X", "name", "Nobody leads",
                "lead", "nobody@nowhere.test"));
        var problem = assertProblem(unknown, 400);
        assertThat(Problems.fields(problem)).containsExactly("lead");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("no user with email 'nobody@nowhere.test'");
    }

    @Test
    void anAdminRedefinesTheWorkflowAndIssuesFollowIt() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var key = fixtures.issue(project);
        var workflow = Map.of(
                "statuses", List.of(Map.of("name", "To Do", "category", "new"), Map.of("name", "Doing", "category", "indeterminate"),
                        Map.of("name", "Shipped", "category", "done")),
                "transitions", List.of(Map.of("name", "Start", "from", "To Do", "to", "Doing"),
                        Map.of("name", "Ship", "from", "Doing", "to", "Shipped"), Map.of("name", "Back to do", "to", "To Do")));
        var replaced = fixtures.admin().put("/api/v1/projects/" + project + "/workflow", workflow);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "Shipped")).status()).isEqualTo(409);
        assertThat(fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "Doing")).status()).isEqualTo(200);
        var shipped = fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "Shipped")).json();
        assertThat(shipped.get("statusCategory").asString()).isEqualTo("done");
        assertThat(fixtures.admin().post("/api/v1/issues/" + key + "/transitions", Map.of("status", "To Do")).status()).isEqualTo(200);
    }

    @Test
    void refusesToRemoveAStatusThatStillHasIssues() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        fixtures.issue(project);
        var workflow = Map.of("statuses", List.of(Map.of("name", "Doing", "category", "indeterminate")), "transitions", List.of());
        var refused = fixtures.admin().put("/api/v1/projects/" + project + "/workflow", workflow);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("'To Do' still has 1 issue;");
    }

    @Test
    void renamesStatusesByTheirIdsWithTheirIssuesEvenWhenTwoSwapNames() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var key = fixtures.issue(project);
        var statuses = fixtures.admin().get("/api/v1/projects/" + project + "/scheme").json().get("workflow").get("statuses");
        long todo = statuses.get(0).get("id").asLong();
        long doing = statuses.get(1).get("id").asLong();
        var workflow = Map.of(
                "statuses", List.of(Map.of("id", todo, "name", "Backlog", "category", "new"),
                        Map.of("id", doing, "name", "Done", "category", "indeterminate"),
                        Map.of("id", statuses.get(3).get("id").asLong(), "name", "In Progress", "category", "done")),
                "transitions", List.of(Map.of("name", "Start", "from", "Backlog", "to", "Done")));
        var renamed = fixtures.admin().put("/api/v1/projects/" + project + "/workflow", workflow);

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(fixtures.admin().get("/api/v1/issues/" + key).json().get("status").asString()).isEqualTo("Backlog");
        var after = fixtures.admin().get("/api/v1/projects/" + project + "/scheme").json().get("workflow").get("statuses");
        assertThat(after.get(0).get("id").asLong()).isEqualTo(todo);
        assertThat(after.get(1).get("name").asString()).isEqualTo("Done");
        assertThat(after.get(1).get("id").asLong()).isEqualTo(doing);
        var unknown = fixtures.admin().put("/api/v1/projects/" + project + "/workflow",
                Map.of("statuses", List.of(Map.of("id", 999_999, "name", "X", "category", "new")), "transitions", List.of()));
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    void keepsAtLeastOneAdmin() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var email = Fixtures.email(fixtures.admin());
        var refused = fixtures.admin().put("/api/v1/projects/" + project + "/members/" + email, Map.of("role", "member"));
        assertThat(refused.status()).isEqualTo(409);
        var other = fixtures.user("other");
        fixtures.member(project, other, "admin");
        assertThat(fixtures.admin().delete("/api/v1/projects/" + project + "/members/" + email).status()).isEqualTo(204);
    }

    @Test
    void listsOnlyTheProjectsAUserBelongsTo() {
        var fixtures = new Fixtures(port);
        var mine = fixtures.project();
        var theirs = fixtures.project();
        var user = fixtures.user("member");
        fixtures.member(mine, user, "viewer");
        var keys = user.get("/api/v1/projects").json().findValuesAsString("key");
        assertThat(keys).contains(mine).doesNotContain(theirs);
        assertThat(user.get("/api/v1/projects/" + mine).json().get("role").asString()).isEqualTo("viewer");
    }

    @Test
    void anAdminTurnsAiTrainingOffWithAnEvent() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var updated = fixtures.admin().patch("/api/v1/projects/" + project, Map.of("aiTrainingEnabled", false, "version", 1));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("aiTrainingEnabled").asBoolean()).isFalse();
        assertThat(fixtures.admin().patch("/api/v1/projects/" + project, Map.of("name", "Stale", "version", 1)).status()).isEqualTo(409);
    }

    @Test
    void anAdminRenamesAComponentAndDeletesItOnlyOnceNoIssueHasIt() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        admin.post("/api/v1/projects/" + project + "/components", Map.of("name", "Storage"));
        admin.post("/api/v1/projects/" + project + "/components", Map.of("name", "Web"));
        var renamed = admin.put("/api/v1/projects/" + project + "/components/Storage", Map.of("name", "Disks", "description", "HDFS"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("components").findValuesAsString("name")).containsExactly("Disks", "Web");
        assertThat(admin.put("/api/v1/projects/" + project + "/components/Disks", Map.of("name", "web")).status()).isEqualTo(409);

        var issue = fixtures.issue(project);
        admin.patch("/api/v1/issues/" + issue, Map.of("components", List.of("Disks")));
        var refused = admin.delete("/api/v1/projects/" + project + "/components/Disks");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("1 issue");

        admin.patch("/api/v1/issues/" + issue, Map.of("components", List.of()));
        var deleted = admin.delete("/api/v1/projects/" + project + "/components/Disks");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("components").findValuesAsString("name")).containsExactly("Web");
    }

    @Test
    void anAdminReleasesAndArchivesAVersion() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        admin.post("/api/v1/projects/" + project + "/versions", Map.of("name", "1.0"));
        var archived = admin.patch("/api/v1/projects/" + project + "/versions/1.0", Map.of("released", true, "archived", true));
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        var version = archived.json().get("versions").get(0);
        assertThat(version.get("released").asBoolean()).isTrue();
        assertThat(version.get("archived").asBoolean()).isTrue();
        var restored = admin.patch("/api/v1/projects/" + project + "/versions/1.0", Map.of("archived", false)).json().get("versions").get(0);
        assertThat(restored.get("released").asBoolean()).as("released stays as it was").isTrue();
        assertThat(restored.get("archived").asBoolean()).isFalse();
        assertThat(admin.patch("/api/v1/projects/" + project + "/versions/1.0", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void anArchivedVersionStaysOnItsIssuesButIsNotSetOnOthers() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var admin = fixtures.admin();
        admin.post("/api/v1/projects/" + project + "/versions", Map.of("name", "1.0"));
        admin.post("/api/v1/projects/" + project + "/versions", Map.of("name", "2.0"));
        var old = fixtures.issue(project);
        assertThat(admin.patch("/api/v1/issues/" + old, Map.of("fixVersions", List.of("1.0"))).status()).isEqualTo(200);
        admin.patch("/api/v1/projects/" + project + "/versions/1.0", Map.of("released", true, "archived", true));

        var kept = admin.patch("/api/v1/issues/" + old, Map.of("fixVersions", List.of("1.0", "2.0"), "affectsVersions", List.of("2.0")));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        var other = fixtures.issue(project);
        var refused = admin.patch("/api/v1/issues/" + other, Map.of("affectsVersions", List.of("1.0")));
        assertThat(Problems.fields(Problems.assertProblem(refused, 400))).containsExactly("affectsVersions");
        assertThat(refused.json().get("detail").asString()).contains("'1.0' is archived");
        var created = admin.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "New", "fixVersions", List.of("1.0")));
        Problems.assertProblem(created, 400);
    }
}
