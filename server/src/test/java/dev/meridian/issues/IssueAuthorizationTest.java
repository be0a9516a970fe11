package dev.meridian.issues;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Access.MEMBER;
import static dev.meridian.support.AccessMatrix.Access.USER;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
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
class IssueAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            change("POST", "/api/v1/issues", "{'project':'{project}','type':'Task','summary':'Created'}", MEMBER),
            read("/api/v1/issues?project={project}", VIEWER),
            read("/api/v1/issues/columns?project={project}", VIEWER),
            read("/api/v1/issues/lanes?project={project}&by=assignee", VIEWER),
            change("POST", "/api/v1/issues/bulk", "{'keys':['{issue}','{other}'],'set':{'priority':'High'},'addLabels':['bulk']}", MEMBER),
            read("/api/v1/issues/{issue}", VIEWER),
            change("PATCH", "/api/v1/issues/{issue}", "{'summary':'Changed'}", MEMBER),
            change("DELETE", "/api/v1/issues/{issue}", null, ADMIN),
            change("POST", "/api/v1/issues/{issue}/transitions", "{'status':'In Progress'}", MEMBER),
            read("/api/v1/issues/{issue}/history", VIEWER),
            read("/api/v1/myself/worked-on", USER),
            read("/api/v1/issues/{issue}/comments", VIEWER),
            change("POST", "/api/v1/issues/{issue}/comments", "{'body':'Hello'}", MEMBER),
            change("PUT", "/api/v1/issues/{issue}/comments/{comment}", "{'body':'Edited'}", ADMIN),
            change("DELETE", "/api/v1/issues/{issue}/comments/{comment}", null, ADMIN),
            read("/api/v1/issues/{issue}/worklogs", VIEWER),
            change("POST", "/api/v1/issues/{issue}/worklogs", "{'timeSpent':'1h'}", MEMBER),
            change("PUT", "/api/v1/issues/{issue}/worklogs/{worklog}", "{'timeSpent':'2h'}", ADMIN),
            change("DELETE", "/api/v1/issues/{issue}/worklogs/{worklog}", null, ADMIN),
            read("/api/v1/attachments/meta", USER),
            read("/api/v1/issues/{issue}/attachments", VIEWER),
            change("POST", "/api/v1/issues/{issue}/attachments", null, MEMBER).upload(),
            read("/api/v1/attachments/{attachment}", VIEWER),
            read("/api/v1/attachments/{attachment}/{attachmentName}?inline=true", VIEWER),
            change("DELETE", "/api/v1/attachments/{attachment}", null, ADMIN),
            change("POST", "/api/v1/issues/{issue}/clone", "{'summary':'A copy'}", MEMBER),
            change("POST", "/api/v1/issues/{issue}/move", "{'project':'{target}'}", ADMIN),
            call("POST", "/api/v1/issues/move/plan", "{'keys':['{issue}','{other}'],'project':'{target}'}", ADMIN),
            change("POST", "/api/v1/issues/move", "{'keys':['{issue}','{other}'],'project':'{target}'}", ADMIN),
            read("/api/v1/issues/{issue}/links", VIEWER),
            change("POST", "/api/v1/issues/{issue}/links", "{'type':'blocks','issue':'{other}'}", MEMBER),
            change("DELETE", "/api/v1/issues/{issue}/links/{link}", null, MEMBER),
            read("/api/v1/issues/{issue}/watchers", VIEWER),
            change("POST", "/api/v1/issues/{issue}/watchers", null, VIEWER),
            change("DELETE", "/api/v1/issues/{other}/watchers", null, VIEWER),
            change("POST", "/api/v1/issues/{issue}/watchers?email={bystander}", null, MEMBER),
            change("DELETE", "/api/v1/issues/{other}/watchers?email={bystander}", null, MEMBER),
            read("/api/v1/projects/{project}/versions/progress", VIEWER),
            change("POST", "/api/v1/projects/{project}/versions/{version}/release", "{}", ADMIN),
            change("DELETE", "/api/v1/projects/{project}/versions/{version}", null, ADMIN));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.issues");
    }

    @Test
    void answersAnIssueWithTheCallersRoleInItsProjectSoItsPanelKnowsWhatTheyMayEdit() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var viewer = fixtures.user("viewer");
        var member = fixtures.user("member");
        fixtures.member(project, viewer, "viewer");
        fixtures.member(project, member, "member");
        var issue = fixtures.issue(project);

        assertThat(viewer.get("/api/v1/issues/" + issue).json().get("callerRole").asString()).isEqualTo("viewer");
        assertThat(member.get("/api/v1/issues/" + issue).json().get("callerRole").asString()).isEqualTo("member");
        var edited = member.patch("/api/v1/issues/" + issue, Map.of("summary", "Edited")).json();
        assertThat(edited.get("callerRole").asString()).isEqualTo("member");
        assertThat(edited.get("summary").asString()).as("the issue's fields beside it, unwrapped").isEqualTo("Edited");
        assertThat(fixtures.admin().get("/api/v1/issues/" + issue).json().get("callerRole").asString()).isEqualTo("admin");
    }

    @Test
    void letsTheAuthorOfACommentEditAndDeleteIt() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var author = fixtures.user("author");
        fixtures.member(project, author, "member");
        var issue = fixtures.issue(project);
        var comment = author.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Mine")).json().get("id").asLong();

        var edited = author.put("/api/v1/issues/" + issue + "/comments/" + comment, Map.of("body", "Still mine"));
        var deleted = author.delete("/api/v1/issues/" + issue + "/comments/" + comment);

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(fixtures.admin().get("/api/v1/issues/" + issue + "/comments").json().values()).isEmpty();
    }

    @Test
    void refusesToLetAMemberEditOrDeleteAnotherMembersComment() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var author = fixtures.user("author");
        var other = fixtures.user("other");
        fixtures.member(project, author, "member");
        fixtures.member(project, other, "member");
        var issue = fixtures.issue(project);
        var comment = author.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Mine")).json().get("id").asLong();

        assertProblem(other.put("/api/v1/issues/" + issue + "/comments/" + comment, Map.of("body", "Yours now")), 403);
        assertProblem(other.delete("/api/v1/issues/" + issue + "/comments/" + comment), 403);

        var comments = fixtures.admin().get("/api/v1/issues/" + issue + "/comments").json();
        assertThat(comments.values()).hasSize(1);
        assertThat(comments.get(0).get("body").asString()).isEqualTo("Mine");
    }

    @Test
    void letsTheReporterOfAnIssueDeleteIt() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var reporter = fixtures.user("reporter");
        fixtures.member(project, reporter, "member");
        var issue = fixtures.issue(project, reporter, "Reported by a member");

        var deleted = reporter.delete("/api/v1/issues/" + issue);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(fixtures.admin().get("/api/v1/issues/" + issue).status()).isEqualTo(404);
    }

    @Test
    void refusesToLetAMemberDeleteAnotherMembersIssue() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var reporter = fixtures.user("reporter");
        var other = fixtures.user("other");
        fixtures.member(project, reporter, "member");
        fixtures.member(project, other, "member");
        var issue = fixtures.issue(project, reporter, "Reported by a member");
        var before = fixtures.admin().get("/api/v1/issues/" + issue).text();

        assertProblem(other.delete("/api/v1/issues/" + issue), 403);

        assertThat(fixtures.admin().get("/api/v1/issues/" + issue).text()).isEqualTo(before);
    }

    @Test
    void leavesIssuesOfOtherProjectsOutOfTheIssueList() {
        var fixtures = new Fixtures(port);
        var hidden = fixtures.project();
        var visible = fixtures.project();
        var user = fixtures.user("reader");
        fixtures.member(visible, user, "viewer");
        var secret = fixtures.issue(hidden, fixtures.admin(), "Secret plans");
        fixtures.issue(visible);

        var byList = user.get("/api/v1/issues?size=500").json();
        var byText = user.get("/api/v1/issues?text=Secret&size=500").json();
        var byKey = user.get("/api/v1/issues?text=" + secret).json();

        assertThat(byList.get("items").values()).extracting(i -> i.get("projectKey").asString()).containsOnly(visible);
        assertThat(byText.get("total").asInt()).isZero();
        assertThat(byKey.get("total").asInt()).isZero();
    }

    @Test
    void refusesToLinkToAnIssueTheCallerCannotSee() {
        var fixtures = new Fixtures(port);
        var mine = fixtures.project();
        var theirs = fixtures.project();
        var user = fixtures.user("linker");
        fixtures.member(mine, user, "member");
        var issue = fixtures.issue(mine);
        var hidden = fixtures.issue(theirs);

        var refused = user.post("/api/v1/issues/" + issue + "/links", Map.of("type", "blocks", "issue", hidden));
        var nothing = user.post("/api/v1/issues/" + issue + "/links", Map.of("type", "blocks", "issue", theirs + "-999"));

        assertThat(assertProblem(refused, 404).get("detail").asString())
                .isEqualTo(assertProblem(nothing, 404).get("detail").asString().replace(theirs + "-999", hidden));
        assertThat(fixtures.admin().get("/api/v1/issues/" + hidden).json().get("links").values()).isEmpty();
    }

    @Test
    void refusesToLetAViewerWatchOnBehalfOfSomeoneElse() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var viewer = fixtures.user("viewer");
        var member = fixtures.user("member");
        fixtures.member(project, viewer, "viewer");
        fixtures.member(project, member, "member");
        var issue = fixtures.issue(project);

        var self = viewer.post("/api/v1/issues/" + issue + "/watchers", null);
        assertProblem(viewer.post("/api/v1/issues/" + issue + "/watchers?email=" + Fixtures.email(member), null), 403);

        assertThat(self.status()).as(self.toString()).isEqualTo(200);
        assertThat(fixtures.admin().get("/api/v1/issues/" + issue + "/watchers").json().values())
                .extracting(w -> w.get("email").asString())
                .contains(Fixtures.email(viewer)).doesNotContain(Fixtures.email(member));
    }
}
