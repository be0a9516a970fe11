package dev.meridian.projects;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Creating, listing, changing and staffing projects through the API. */
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
}
