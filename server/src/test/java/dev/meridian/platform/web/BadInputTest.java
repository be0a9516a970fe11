package dev.meridian.platform.web;

import static dev.meridian.support.Problems.assertProblem;
import static dev.meridian.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String LONG_SUMMARY = "s".repeat(256);
    private static final String DESCRIPTION_OVER_64_KIB = "d".repeat(64 * 1024 + 1);
    private static final String MULTIBYTE_DESCRIPTION_OVER_64_KIB = "é".repeat(32 * 1024) + "d";
    private static final String NEW_ISSUE = "'project':'{project}','type':'Task','summary':'Fine'";

    record Bad(String name, String method, String path, Object body, String contentType, Map<String, String> headers,
            int status, String field, List<String> mentions) {

        static Bad json(String name, String method, String path, String body) {
            return new Bad(name, method, path, body == null ? null : body.replace('\'', '"'), "application/json", Map.of(), 400,
                    null, List.of());
        }

        static Bad raw(String name, String method, String path, Object body, String contentType) {
            return new Bad(name, method, path, body, contentType, Map.of(), 400, null, List.of());
        }

        Bad status(int status) {
            return new Bad(name, method, path, body, contentType, headers, status, field, mentions);
        }

        Bad field(String field) {
            return new Bad(name, method, path, body, contentType, headers, status, field, mentions);
        }

        Bad mentioning(String... words) {
            return new Bad(name, method, path, body, contentType, headers, status, field, List.of(words));
        }

        Bad header(String name, String value) {
            return new Bad(this.name, method, path, body, contentType, Map.of(name, value), status, field, mentions);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Bad> requests() {
        return Stream.of(
                Bad.raw("malformed JSON", "POST", "/api/v1/issues", "{\"project\": \"{project}\", \"summary\": ", "application/json")
                        .mentioning("JSON"),
                Bad.raw("an empty body", "POST", "/api/v1/issues", "", "application/json"),
                Bad.raw("a JSON array instead of an object", "POST", "/api/v1/issues", "[]", "application/json").mentioning("object"),
                Bad.raw("a JSON array as a change", "PATCH", "/api/v1/issues/{issue}", "[]", "application/json").mentioning("object"),
                Bad.raw("JSON null as a change", "PATCH", "/api/v1/issues/{issue}", "null", "application/json"),
                Bad.raw("invalid UTF-8", "POST", "/api/v1/issues", invalidUtf8(), "application/json; charset=UTF-8"),
                Bad.raw("JSON nested 5000 deep", "POST", "/api/v1/issues",
                        "{\"labels\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "application/json"),
                Bad.raw("a number of 5000 digits", "POST", "/api/v1/issues",
                        "{\"project\":\"{project}\",\"type\":\"Task\",\"summary\":\"x\",\"storyPoints\":" + "9".repeat(5000) + "}",
                        "application/json"),
                Bad.json("an unknown field", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'sumary':'typo'}")
                        .field("sumary").mentioning("sumary", "summary", "storyPoints"),
                Bad.json("an unknown field in a change", "PATCH", "/api/v1/issues/{issue}", "{'titel':'typo'}")
                        .field("titel").mentioning("titel", "summary"),
                Bad.json("an unknown field in a project change", "PATCH", "/api/v1/projects/{project}", "{'colour':'red'}")
                        .field("colour").mentioning("colour", "name"),
                Bad.json("a string for storyPoints", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'storyPoints':'lots'}")
                        .field("storyPoints").mentioning("storyPoints"),
                Bad.json("a string for storyPoints in a change", "PATCH", "/api/v1/issues/{issue}", "{'storyPoints':'lots'}")
                        .field("storyPoints").mentioning("storyPoints"),
                Bad.json("true for storyPoints", "PATCH", "/api/v1/issues/{issue}", "{'storyPoints':true}").field("storyPoints"),
                Bad.json("a number for labels", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'labels':5}")
                        .field("labels").mentioning("labels"),
                Bad.json("an object for summary", "PATCH", "/api/v1/issues/{issue}", "{'summary':{'text':'x'}}").field("summary"),
                Bad.json("a due date that is not a date", "PATCH", "/api/v1/issues/{issue}", "{'dueDate':'tomorrow'}")
                        .field("dueDate").mentioning("tomorrow"),
                Bad.json("a due date beyond what can be stored", "PATCH", "/api/v1/issues/{issue}", "{'dueDate':'+9999999-01-01'}")
                        .field("dueDate"),
                Bad.json("a due date of February 30", "PATCH", "/api/v1/issues/{issue}", "{'dueDate':'2025-02-30'}")
                        .field("dueDate"),
                Bad.json("a version beyond an int", "PATCH", "/api/v1/issues/{issue}", "{'version':99999999999,'summary':'x'}")
                        .field("version"),
                Bad.json("an If-Match that is not an ETag", "PATCH", "/api/v1/issues/{issue}", "{'summary':'Changed'}")
                        .header("If-Match", "abc").field("If-Match"),
                Bad.json("role owner", "PUT", "/api/v1/projects/{project}/members/{member}", "{'role':'owner'}")
                        .field("role").mentioning("owner", "admin", "member", "viewer"),
                Bad.json("no role", "PUT", "/api/v1/projects/{project}/members/{member}", "{}").field("role"),
                Bad.json("status category maybe", "PUT", "/api/v1/projects/{project}/workflow",
                        "{'statuses':[{'name':'To Do','category':'maybe'}],'transitions':[]}")
                        .field("statuses[0].category").mentioning("maybe", "new", "indeterminate", "done"),
                Bad.json("a transition to a status not in the workflow", "PUT", "/api/v1/projects/{project}/workflow",
                        "{'statuses':[{'name':'To Do','category':'new'}],'transitions':[{'name':'Go','to':'Nowhere'}]}")
                        .field("transitions").mentioning("Nowhere"),
                Bad.json("a workflow without statuses", "PUT", "/api/v1/projects/{project}/workflow",
                        "{'statuses':[],'transitions':[]}").field("statuses"),
                Bad.json("a status listed twice", "PUT", "/api/v1/projects/{project}/workflow",
                        "{'statuses':[{'name':'To Do','category':'new'},{'name':'to do','category':'done'}],'transitions':[]}")
                        .field("statuses"),
                Bad.json("no priorities", "PUT", "/api/v1/projects/{project}/priorities", "{'names':[]}").field("names"),
                Bad.json("a blank component name", "POST", "/api/v1/projects/{project}/components", "{'name':' '}").field("name"),
                Bad.json("a component name of 101 characters", "POST", "/api/v1/projects/{project}/components",
                        "{'name':'" + "c".repeat(101) + "'}").field("name"),
                Bad.json("a release date that is not a date", "POST", "/api/v1/projects/{project}/versions",
                        "{'name':'3.0','releaseDate':'soon'}").field("releaseDate"),
                Bad.json("a release date beyond what can be stored", "POST", "/api/v1/projects/{project}/versions",
                        "{'name':'3.0','releaseDate':'+9999999-01-01'}").field("releaseDate"),
                Bad.json("released maybe", "PATCH", "/api/v1/projects/{project}/versions/1.0", "{'released':'maybe'}")
                        .field("released"),
                Bad.json("an empty project name", "PATCH", "/api/v1/projects/{project}", "{'name':''}").field("name"),
                Bad.json("a project version that is not a number", "PATCH", "/api/v1/projects/{project}", "{'version':'x'}")
                        .field("version"),
                Bad.json("a lower-case project key", "POST", "/api/v1/projects", "{'key':'lower','name':'Lower'}")
                        .field("key").mentioning("PROJ"),
                Bad.json("a user with a bad email", "POST", "/api/v1/users",
                        "{'email':'bad-input','displayName':'Bad','password':'password-bad'}").field("email"),
                Bad.json("a user with a short password", "POST", "/api/v1/users",
                        "{'email':'bad-input@test.local','displayName':'Bad','password':'short'}").field("password"),
                Bad.json("a token without a name", "POST", "/api/v1/myself/tokens", "{}").field("name"),
                Bad.json("no project", "POST", "/api/v1/issues", "{'type':'Task','summary':'x'}").field("project"),
                Bad.json("a project that does not exist", "POST", "/api/v1/issues", "{'project':'NOSUCH','type':'Task','summary':'x'}")
                        .status(404).mentioning("NOSUCH"),
                Bad.json("an unknown type", "POST", "/api/v1/issues", "{'project':'{project}','type':'Nope','summary':'x'}")
                        .field("type").mentioning("Nope", "Task", "Bug", "Story", "Epic", "Sub-task"),
                Bad.json("an unknown priority", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'priority':'Urgentest'}")
                        .field("priority").mentioning("Urgentest", "Highest", "Medium", "Lowest"),
                Bad.json("an unknown component", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'components':['Frontend']}")
                        .field("components").mentioning("Frontend", "Backend"),
                Bad.json("an unknown fix version", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'fixVersions':['9.9']}")
                        .field("fixVersions").mentioning("9.9", "1.0"),
                Bad.json("an unknown assignee", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'assignee':'nobody@test.local'}")
                        .field("assignee").mentioning("nobody@test.local"),
                Bad.json("an unknown status in a change", "PATCH", "/api/v1/issues/{issue}", "{'status':'Limbo'}")
                        .field("status").mentioning("Limbo", "In Progress", "Done"),
                Bad.json("no type in a change", "PATCH", "/api/v1/issues/{issue}", "{'type':null}").field("type"),
                Bad.json("a summary of 256 characters", "POST", "/api/v1/issues",
                        "{'project':'{project}','type':'Task','summary':'" + LONG_SUMMARY + "'}").field("summary").mentioning("255"),
                Bad.json("a summary of 256 characters in a change", "PATCH", "/api/v1/issues/{issue}",
                        "{'summary':'" + LONG_SUMMARY + "'}").field("summary").mentioning("255"),
                Bad.json("a multi-line summary", "POST", "/api/v1/issues",
                        "{'project':'{project}','type':'Task','summary':'One\\nTwo'}").field("summary"),
                Bad.json("a blank summary", "PATCH", "/api/v1/issues/{issue}", "{'summary':'   '}").field("summary"),
                Bad.json("a summary with a NUL character", "POST", "/api/v1/issues",
                        "{'project':'{project}','type':'Task','summary':'Nul \\u0000 here'}").field("summary"),
                Bad.json("a comment with a NUL character", "POST", "/api/v1/issues/{issue}/comments", "{'body':'Nul \\u0000 here'}")
                        .field("body"),
                Bad.json("a project name with a NUL character", "PATCH", "/api/v1/projects/{project}", "{'name':'Nul \\u0000 here'}")
                        .field("name"),
                Bad.json("a description of 64 KiB and 1 byte", "POST", "/api/v1/issues",
                        "{" + NEW_ISSUE + ",'description':'" + DESCRIPTION_OVER_64_KIB + "'}").field("description"),
                Bad.json("a description of 64 KiB and 1 byte in two-byte characters", "POST", "/api/v1/issues",
                        "{" + NEW_ISSUE + ",'description':'" + MULTIBYTE_DESCRIPTION_OVER_64_KIB + "'}").field("description"),
                Bad.json("a description of 64 KiB and 1 byte in a change", "PATCH", "/api/v1/issues/{issue}",
                        "{'description':'" + MULTIBYTE_DESCRIPTION_OVER_64_KIB + "'}").field("description"),
                Bad.json("a label with a space", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'labels':['two words']}")
                        .field("labels").mentioning("two words"),
                Bad.json("negative story points", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'storyPoints':-1}")
                        .field("storyPoints"),
                Bad.json("story points over 1000 in a change", "PATCH", "/api/v1/issues/{issue}", "{'storyPoints':1001}")
                        .field("storyPoints").mentioning("1000"),
                Bad.json("story points of 1e400", "POST", "/api/v1/issues", "{" + NEW_ISSUE + ",'storyPoints':1e400}")
                        .field("storyPoints"),
                Bad.json("a sub-task without a parent", "POST", "/api/v1/issues", "{'project':'{project}','type':'Sub-task','summary':'x'}")
                        .field("parent"),
                Bad.json("a parent in no project", "POST", "/api/v1/issues",
                        "{'project':'{project}','type':'Sub-task','summary':'x','parent':'NOSUCH-1'}").field("parent"),
                Bad.json("an empty comment", "POST", "/api/v1/issues/{issue}/comments", "{'body':''}").field("body"),
                Bad.json("a comment of 64 KiB and 1 byte", "POST", "/api/v1/issues/{issue}/comments",
                        "{'body':'" + DESCRIPTION_OVER_64_KIB + "'}").field("body"),
                Bad.json("a link of an unknown type", "POST", "/api/v1/issues/{issue}/links", "{'type':'loves','issue':'{other}'}")
                        .field("type").mentioning("loves", "blocks", "relates to"),
                Bad.json("a link of an issue to itself", "POST", "/api/v1/issues/{issue}/links",
                        "{'type':'blocks','issue':'{issue}'}").field("issue"),
                Bad.json("a link to something that is not an issue key", "POST", "/api/v1/issues/{issue}/links",
                        "{'type':'blocks','issue':'abc'}").field("issue").mentioning("abc"),
                Bad.json("a transition without a status", "POST", "/api/v1/issues/{issue}/transitions", "{}").field("status"),
                Bad.json("a transition to an unknown status", "POST", "/api/v1/issues/{issue}/transitions", "{'status':'Limbo'}")
                        .field("status").mentioning("Limbo", "Done"),
                Bad.json("page size 0", "GET", "/api/v1/issues?project={project}&size=0", null).field("size"),
                Bad.json("page size 10000", "GET", "/api/v1/issues?project={project}&size=10000", null).field("size").mentioning("500"),
                Bad.json("a negative page", "GET", "/api/v1/issues?project={project}&page=-1", null).field("page"),
                Bad.json("a page that is not a number", "GET", "/api/v1/issues?project={project}&page=abc", null).field("page"),
                Bad.json("a page beyond an int", "GET", "/api/v1/issues?project={project}&page=99999999999", null).field("page"),
                Bad.json("the issue list of a project that does not exist", "GET", "/api/v1/issues?project=NOSUCH", null).status(404),
                Bad.json("issue key abc", "GET", "/api/v1/issues/abc", null).field("key").mentioning("abc"),
                Bad.json("issue key HADOOP-0", "GET", "/api/v1/issues/HADOOP-0", null).field("key").mentioning("HADOOP-0"),
                Bad.json("a change to issue key abc", "PATCH", "/api/v1/issues/abc", "{'summary':'x'}").field("key"),
                Bad.json("a comment id that is not a number", "PUT", "/api/v1/issues/{issue}/comments/abc", "{'body':'x'}").field("id"),
                Bad.json("a link id beyond a long", "DELETE", "/api/v1/issues/{issue}/links/99999999999999999999", null).field("id"),
                Bad.json("a token id that is not a number", "DELETE", "/api/v1/myself/tokens/abc", null).field("id"),
                Bad.raw("text/plain to a JSON endpoint", "POST", "/api/v1/issues", "summary=x", "text/plain").status(415),
                Bad.raw("a form to a JSON endpoint", "POST", "/api/v1/issues", "summary=x", "application/x-www-form-urlencoded")
                        .status(415),
                Bad.raw("JSON to the CSV import", "POST", "/api/v1/projects/{project}/import", "{}", "application/json").status(415),
                Bad.json("a path that does not exist", "GET", "/api/v1/nothing-here", null).status(404),
                Bad.json("PUT on an issue", "PUT", "/api/v1/issues/{issue}", "{'summary':'x'}").status(405),
                Bad.json("DELETE on a project", "DELETE", "/api/v1/projects/{project}", null).status(405),
                Bad.json("PATCH on the issue list", "PATCH", "/api/v1/issues", "{'summary':'x'}").status(405));
    }

    @LocalServerPort
    int port;

    private Api admin;
    private Map<String, String> world;

    @BeforeAll
    void createProject() {
        var fixtures = new Fixtures(port);
        admin = fixtures.admin();
        var project = fixtures.project();
        var member = fixtures.user("member");
        fixtures.member(project, member, "member");
        assertThat(admin.post("/api/v1/projects/" + project + "/components", Map.of("name", "Backend")).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/projects/" + project + "/versions", Map.of("name", "1.0")).status()).isEqualTo(200);
        world = Map.of("project", project, "issue", fixtures.issue(project), "other", fixtures.issue(project),
                "member", Fixtures.email(member));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void answersBadInputWithAProblemAndWritesNothing(Bad bad) {
        var before = state();
        var caller = bad.headers().entrySet().stream().reduce(admin, (api, h) -> api.header(h.getKey(), h.getValue()), (a, b) -> b);
        var body = bad.body() instanceof String s ? fill(s) : bad.body();

        var response = caller.send(bad.method(), fill(bad.path()), body, bad.contentType());

        var problem = assertProblem(response, bad.status());
        if (bad.field() != null) {
            assertThat(fields(problem)).as("fields at fault in " + response).contains(bad.field());
        }
        bad.mentions().forEach(word -> assertThat(problem.get("detail").asString()).as(response.toString()).contains(word));
        assertThat(state()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void acceptsTheLargestSummaryAndDescription() {
        var description = "é".repeat(32 * 1024);
        var created = admin.post("/api/v1/issues", Map.of("project", world.get("project"), "type", "Task",
                "summary", "s".repeat(255), "description", description));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("description").asString()).isEqualTo(description);
    }

    @Test
    void searchesForAControlCharacterWithoutFailing() {
        var response = admin.get("/api/v1/issues?project=" + world.get("project") + "&text=%00");

        if (response.status() != 200) {
            assertProblem(response, 400);
        }
    }

    private List<String> state() {
        var project = world.get("project");
        var reads = new ArrayList<String>();
        for (var path : List.of("/api/v1/projects/" + project, "/api/v1/projects/" + project + "/scheme",
                "/api/v1/projects/" + project + "/members", "/api/v1/issues?project=" + project + "&size=500",
                "/api/v1/issues/" + world.get("issue"), "/api/v1/issues/" + world.get("issue") + "/comments",
                "/api/v1/users?query=bad-input")) {
            reads.add(admin.get(path).text());
        }
        reads.add("tokens: " + admin.get("/api/v1/myself/tokens").json().values().stream().map(t -> t.get("id").asLong()).toList());
        reads.add("projects: " + admin.get("/api/v1/projects").json().values().size());
        return reads;
    }

    private String fill(String template) {
        var text = template;
        for (var v : world.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return text;
    }

    private static byte[] invalidUtf8() {
        var prefix = "{\"project\":\"P\",\"type\":\"Task\",\"summary\":\"".getBytes(StandardCharsets.UTF_8);
        var suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        var bytes = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3;
        bytes[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, bytes, prefix.length + 2, suffix.length);
        return bytes;
    }
}
