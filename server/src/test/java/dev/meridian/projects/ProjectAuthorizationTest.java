package dev.meridian.projects;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Access.SITE_ADMIN;
import static dev.meridian.support.AccessMatrix.Access.USER;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.change;
import static dev.meridian.support.AccessMatrix.Endpoint.read;
import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MeridianTest
class ProjectAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            change("POST", "/api/v1/projects", "{'key':'{newProject}','name':'New project'}", SITE_ADMIN)
                    .probing("/api/v1/projects/{newProject}"),
            read("/api/v1/projects", USER),
            read("/api/v1/projects/{project}", VIEWER),
            change("PATCH", "/api/v1/projects/{project}", "{'name':'Renamed'}", ADMIN),
            read("/api/v1/projects/{project}/members", VIEWER),
            change("PUT", "/api/v1/projects/{project}/members/{bystander}", "{'role':'viewer'}", ADMIN),
            change("DELETE", "/api/v1/projects/{project}/members/{bystander}", null, ADMIN),
            read("/api/v1/projects/{project}/scheme", VIEWER),
            read("/api/v1/projects/{project}/workflow/usage", VIEWER),
            change("PUT", "/api/v1/projects/{project}/workflow", """
                    {'statuses':[{'name':'To Do','category':'new'},{'name':'Blocked','category':'indeterminate'},
                    {'name':'Done','category':'done'}],'transitions':[{'name':'Block','to':'Blocked'},{'name':'Finish','to':'Done'}]}""", ADMIN),
            change("PUT", "/api/v1/projects/{project}/statuses/{status}/wip", "{'min':1,'max':4}", ADMIN),
            change("PUT", "/api/v1/projects/{project}/priorities", "{'names':['High','Medium','Low','Trivial']}", ADMIN),
            change("POST", "/api/v1/projects/{project}/components", "{'name':'Backend'}", ADMIN),
            change("POST", "/api/v1/projects/{project}/versions", "{'name':'2.0'}", ADMIN),
            change("PATCH", "/api/v1/projects/{project}/versions/{version}", "{'released':true,'archived':true}", ADMIN),
            change("PUT", "/api/v1/projects/{project}/components/{component}", "{'name':'Renamed','description':'Now described'}", ADMIN),
            change("DELETE", "/api/v1/projects/{project}/components/{component}", null, ADMIN),
            change("POST", "/api/v1/projects/{project}/types", "{'name':'Spike'}", ADMIN),
            change("PUT", "/api/v1/projects/{project}/types/{type}", "{'name':'Defect'}", ADMIN),
            change("DELETE", "/api/v1/projects/{project}/types/{type}", null, ADMIN),
            change("POST", "/api/v1/projects/{project}/resolutions", "{'name':'Fixed'}", ADMIN),
            change("PUT", "/api/v1/projects/{project}/resolutions/{resolution}", "{'name':'Duplicated'}", ADMIN),
            change("DELETE", "/api/v1/projects/{project}/resolutions/{resolution}", null, ADMIN));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.projects");
    }

    @Test
    void listsOnlyTheProjectsTheCallerIsAMemberOf() {
        var fixtures = new Fixtures(port);
        var hidden = fixtures.project();
        var visible = fixtures.project();
        var user = fixtures.user("lister");
        fixtures.member(visible, user, "viewer");

        var keys = user.get("/api/v1/projects").json().values().stream().map(p -> p.get("key").asString()).toList();

        assertThat(keys).contains(visible).doesNotContain(hidden);
    }

    @Test
    void refusesToLetAMemberMakeThemselvesAdmin() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var member = fixtures.user("climber");
        fixtures.member(project, member, "member");

        assertProblem(member.put("/api/v1/projects/" + project + "/members/" + Fixtures.email(member), Map.of("role", "admin")), 403);

        assertThat(member.get("/api/v1/projects/" + project).json().get("role").asString()).isEqualTo("member");
    }

    @Test
    void refusesToLetAProjectAdminCreateProjects() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var projectAdmin = fixtures.user("padmin");
        fixtures.member(project, projectAdmin, "admin");

        assertProblem(projectAdmin.post("/api/v1/projects", Map.of("key", "NOPE" + project, "name", "Not allowed")), 403);

        assertThat(fixtures.admin().get("/api/v1/projects/NOPE" + project).status()).isEqualTo(404);
    }
}
