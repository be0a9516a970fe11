package dev.meridian.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint against every kind of caller. Each case runs in a project of its own, set up by the site admin:
 * issue {issue} with comment {comment}, issue {other}, which the viewer, member, project admin, site admin and
 * {bystander} watch, version {version}, component {component}, an issue type {type} and a resolution {resolution} no
 * issue has, the workflow status {status} (Done), and where a path names it, a link {link} between the two
 * issues and a filter {filter} the project admin shared with the project; a scrum board {board} with a future sprint
 * {sprint} holding {issue}, and where a path names it, an active sprint {activeSprint}; the board's quick filters
 * {quickFilter} and {otherQuickFilter}; {conversation} is a chat conversation of the caller's own, and {answer} an
 * answer in it; {notification} a notification of the caller's own (the bystander's for an anonymous caller);
 * {bystanderId} is the bystander's user id; where a body names it, {target} is a second project where everyone has the
 * same role (to move issues to).
 * Paths and bodies name these with placeholders.
 */
public final class AccessMatrix {

    public enum Caller {
        ANONYMOUS, NON_MEMBER, VIEWER, MEMBER, PROJECT_ADMIN, SITE_ADMIN;

        int rank() {
            return ordinal() - 1;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** What an endpoint requires; the last three are roles in the project the endpoint belongs to. */
    public enum Access {
        PUBLIC, USER, SITE_ADMIN, VIEWER, MEMBER, ADMIN;

        boolean inProject() {
            return ordinal() >= VIEWER.ordinal();
        }

        int rank() {
            return ordinal() - VIEWER.ordinal() + 1;
        }
    }

    public enum Outcome {
        ALLOWED, UNAUTHORIZED, NOT_FOUND, FORBIDDEN;

        int status() {
            return switch (this) {
                case ALLOWED -> 200;
                case UNAUTHORIZED -> 401;
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
            };
        }
    }

    /** {@code changes}: an allowed call must change what the probes read, and a refused one must not. */
    public record Endpoint(String method, String path, String body, String contentType, Access access, boolean changes,
            List<String> probes) {

        public static Endpoint read(String path, Access access) {
            return new Endpoint("GET", path, null, null, access, false, List.of());
        }

        public static Endpoint change(String method, String path, String body, Access access) {
            return new Endpoint(method, path, json(body), body == null ? null : "application/json", access, true, List.of());
        }

        /** A call that may leave the probes as they were even when allowed. */
        public static Endpoint call(String method, String path, String body, Access access) {
            return new Endpoint(method, path, json(body), body == null ? null : "application/json", access, false, List.of());
        }

        /** As a browser form uploads a small text file (form part {@code file}). */
        public Endpoint upload() {
            var boundary = "meridian-matrix";
            var form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n";
            return new Endpoint(method, path, form, "multipart/form-data; boundary=" + boundary, access, changes, probes);
        }

        public Endpoint csv() {
            return new Endpoint(method, path, body, "text/csv", access, changes, probes);
        }

        public Endpoint probing(String... paths) {
            return new Endpoint(method, path, body, contentType, access, changes, List.of(paths));
        }

        private static String json(String body) {
            return body == null ? null : body.replace('\'', '"');
        }

        String route() {
            return method + " " + path.replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}");
        }
    }

    public record Case(Endpoint endpoint, Caller caller, Outcome outcome) {

        @Override
        public String toString() {
            return caller + " " + endpoint.method() + " " + endpoint.path() + " → " + outcome.toString().toLowerCase(Locale.ROOT);
        }
    }

    private static final List<String> PROJECT_STATE = List.of("/api/v1/projects/{project}", "/api/v1/projects/{project}/members",
            "/api/v1/projects/{project}/scheme", "/api/v1/issues?project={project}&size=500", "/api/v1/issues/{issue}",
            "/api/v1/issues/{issue}/comments", "/api/v1/issues/{issue}/watchers", "/api/v1/issues/{other}/watchers");
    private static final Map<Integer, People> PEOPLE = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, String>> SHARED_PLACES = new ConcurrentHashMap<>();

    private final int port;
    private final Fixtures fixtures;
    private final Api admin;
    private final WorkerByHand worker;

    /** {@code worker}: works the dataset backfill a trained model needs (the pipeline is off in tests). */
    public AccessMatrix(int port, WorkerByHand worker) {
        this.port = port;
        this.worker = worker;
        this.fixtures = new Fixtures(port);
        this.admin = fixtures.admin();
    }

    public static Stream<Case> cases(List<Endpoint> endpoints, Outcome outcome) {
        return endpoints.stream().flatMap(e -> callers(e).map(c -> new Case(e, c, outcome(e.access(), c))))
                .filter(c -> c.outcome() == outcome);
    }

    /** Outside projects, memberships make no difference: one plain user, a project admin and the site admin suffice. */
    private static Stream<Caller> callers(Endpoint e) {
        return e.access().inProject() ? Arrays.stream(Caller.values())
                : Stream.of(Caller.ANONYMOUS, Caller.NON_MEMBER, Caller.PROJECT_ADMIN, Caller.SITE_ADMIN);
    }

    static Outcome outcome(Access access, Caller caller) {
        if (access == Access.PUBLIC) {
            return Outcome.ALLOWED;
        }
        if (caller == Caller.ANONYMOUS) {
            return Outcome.UNAUTHORIZED;
        }
        if (access == Access.USER || caller == Caller.SITE_ADMIN) {
            return Outcome.ALLOWED;
        }
        if (access == Access.SITE_ADMIN) {
            return Outcome.FORBIDDEN;
        }
        if (caller == Caller.NON_MEMBER) {
            return Outcome.NOT_FOUND;
        }
        return caller.rank() >= access.rank() ? Outcome.ALLOWED : Outcome.FORBIDDEN;
    }

    /** The routes the table covers, as {@code GET /api/v1/issues/{}}. */
    public static Set<String> routes(List<Endpoint> endpoints) {
        return endpoints.stream().map(Endpoint::route).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The API routes the server's controllers in the given packages answer (the web app's page routes are public). */
    public static Set<String> routes(RequestMappingHandlerMapping mappings, String... packages) {
        var routes = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var pkg = handler.getBeanType().getPackageName();
            if (Arrays.stream(packages).anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))) {
                info.getMethodsCondition().getMethods().forEach(m -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/")).forEach(p -> routes.add(new Endpoint(m.name(), p, null, null, Access.PUBLIC, false, List.of()).route())));
            }
        });
        return routes;
    }

    public void check(Case c) {
        var endpoint = c.endpoint();
        var people = people();
        var caller = people.as(c.caller(), this);
        var vars = new HashMap<>(callerWorld(endpoint, c.caller(), people, caller));
        vars.putAll(sharesItsPlace(c) ? SHARED_PLACES.computeIfAbsent(port + " " + shape(endpoint), key -> place(endpoint, people))
                : place(endpoint, people));
        var watchState = c.outcome() != Outcome.ALLOWED || endpoint.changes();
        var before = watchState ? snapshot(endpoint, vars) : List.<String>of();
        var response = send(caller, endpoint, vars);
        var description = c + ": " + response;
        if (c.outcome() == Outcome.ALLOWED) {
            assertThat(response.status()).as(description).isBetween(200, 399);
            if (endpoint.changes()) {
                assertThat(snapshot(endpoint, vars)).as("an allowed call changes something: " + description).isNotEqualTo(before);
            }
            return;
        }
        var problem = Problems.assertRefusal(endpoint.path(), response, c.outcome().status());
        assertThat(snapshot(endpoint, vars)).as("a refused call changes nothing: " + description).isEqualTo(before);
        if (c.outcome() == Outcome.NOT_FOUND) {
            assertSameAnswerAsForNothing(caller, endpoint, vars, problem.path("detail").asString(""));
        }
    }

    /** A non-member must learn nothing: the answer is the one for a project or issue that does not exist. */
    private void assertSameAnswerAsForNothing(Api caller, Endpoint endpoint, Map<String, String> vars, String detail) {
        var project = vars.get("project");
        var ghosts = Map.of("project", "G" + unique(), "issue", project + "-99999", "other", project + "-99998");
        var ghostVars = new HashMap<>(vars);
        ghostVars.putAll(ghosts);
        var answer = send(caller, endpoint, ghostVars);
        var expected = Problems.assertRefusal(endpoint.path(), answer, 404).path("detail").asString("");
        for (var name : List.of("issue", "other", "project")) {
            expected = expected.replace(ghosts.get(name), vars.get(name));
        }
        assertThat(detail).as("what a non-member learns from " + endpoint.method() + " " + fill(endpoint.path(), vars)
                + " compared with a request for something that does not exist").isEqualTo(expected);
    }

    private List<String> snapshot(Endpoint endpoint, Map<String, String> vars) {
        var probes = endpoint.probes().isEmpty() && endpoint.access().inProject() ? PROJECT_STATE : endpoint.probes();
        return probes.stream().map(p -> admin.get(fill(p, vars))).map(r -> r.status() + " " + r.text()).toList();
    }

    private static Api.Response send(Api caller, Endpoint endpoint, Map<String, String> vars) {
        var body = endpoint.body() == null ? null : fill(endpoint.body(), vars);
        return caller.send(endpoint.method(), fill(endpoint.path(), vars), body, endpoint.contentType());
    }

    private static String fill(String template, Map<String, String> vars) {
        var text = template;
        for (var v : vars.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        assertThat(text).as("placeholders left in " + template).doesNotContainPattern("\\{[a-zA-Z]+}");
        return text;
    }

    /**
     * A call that should change nothing (a read, or a call the caller is refused) can run in a project set up before,
     * for another such call: set up anew for every case, the projects, boards and trained models were most of the
     * matrices' time. A call allowed to change things always gets a project of its own. If a refused call did change
     * something, its own snapshot comparison fails.
     */
    private static boolean sharesItsPlace(Case c) {
        return c.outcome() != Outcome.ALLOWED || (c.endpoint().method().equals("GET") && !c.endpoint().changes());
    }

    /** Which parts of {@link #place} an endpoint needs: endpoints of the same shape can share one. */
    private static String shape(Endpoint endpoint) {
        var path = endpoint.path();
        return endpoint.access().inProject() + " " + path.contains("{filter}") + " "
                + (path.contains("{board}") || path.contains("{sprint}") || path.contains("{activeSprint}")) + " "
                + path.contains("{activeSprint}") + " " + trains(endpoint) + " " + path.contains("/models/rollback") + " "
                + path.contains("{model}") + " " + path.contains("{link}") + " " + movesTo(endpoint);
    }

    private static boolean movesTo(Endpoint endpoint) {
        return endpoint.body() != null && endpoint.body().contains("{target}");
    }

    private static boolean trains(Endpoint endpoint) {
        return endpoint.path().matches(".*(\\{job}|\\{model}|/models/rollback|/similar|/suggestions).*");
    }

    /** What belongs to the caller or to this case alone: new names, and the caller's own token and conversation. */
    private Map<String, String> callerWorld(Endpoint endpoint, Caller caller, People people, Api callerApi) {
        var vars = new HashMap<String, String>();
        vars.put("newEmail", "new-" + unique().toLowerCase(Locale.ROOT) + "@test.local");
        vars.put("newProject", "N" + unique());
        vars.put("bystander", people.bystanderEmail());
        vars.put("bystanderPassword", People.PASSWORD_OF_BYSTANDER);
        if (endpoint.path().contains("{bystanderId}")) {
            vars.put("bystanderId", ok(people.bystander().get("/api/v1/myself")).json().get("id").asString());
        }
        if (endpoint.path().contains("{token}")) {
            var owner = caller == Caller.ANONYMOUS ? people.bystander() : callerApi;
            var token = owner.post("/api/v1/myself/tokens", Map.of("name", "to revoke " + unique()));
            assertThat(token.status()).as(token.toString()).isEqualTo(201);
            vars.put("token", token.json().get("token").get("id").asString());
        }
        if (endpoint.path().contains("{conversation}") || endpoint.path().contains("{answer}")) {
            // The caller's own conversation (the bystander's for an anonymous caller), with one answer in it.
            var owner = caller == Caller.ANONYMOUS ? people.bystander() : callerApi;
            var conversation = ok(owner.post("/api/v1/assistant/conversations", Map.of("title", "Matrix")));
            vars.put("conversation", conversation.json().get("id").asString());
            if (endpoint.path().contains("{answer}")) {
                var answer = ok(owner.post("/api/v1/assistant/conversations/" + vars.get("conversation") + "/messages", Map.of("text", "hello")));
                vars.put("answer", answer.json().get("id").asString());
            }
        }
        if (endpoint.path().contains("{notification}")) {
            vars.put("notification", notification(caller == Caller.ANONYMOUS ? people.bystander() : callerApi, people));
        }
        return vars;
    }

    /** A notification of the owner's own: someone else assigns them an issue in a project of their own. */
    private String notification(Api owner, People people) {
        var ownerEmail = Fixtures.email(owner);
        var actor = ownerEmail.equalsIgnoreCase(Api.ADMIN_EMAIL) ? people.bystander() : admin;
        var project = fixtures.project();
        for (var member : List.of(ownerEmail, Fixtures.email(actor))) {
            if (!member.equalsIgnoreCase(Api.ADMIN_EMAIL)) {
                ok(admin.put("/api/v1/projects/" + project + "/members/" + member, Map.of("role", "member")));
            }
        }
        var issue = ok(actor.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", "Yours",
                "assignee", ownerEmail))).json().get("key").asString();
        var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (var told : ok(owner.get("/api/v1/myself/notifications")).json().get("items")) {
                if (told.get("issueKey").asString().equals(issue)) {
                    return told.get("id").asString();
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
        }
        throw new AssertionError("no notification of " + issue + " for " + ownerEmail);
    }

    /** The project and what in it the endpoint's path names, set up by the site admin. */
    private Map<String, String> place(Endpoint endpoint, People people) {
        var vars = new HashMap<String, String>();
        if (endpoint.access().inProject()) {
            vars.putAll(project(people));
        }
        if (endpoint.path().contains("{filter}")) {
            // Owned by the project admin and shared with the project: members read it, only its owner changes it.
            var filter = ok(people.projectAdmin().post("/api/v1/filters", Map.of("name", "Filter " + unique(),
                    "jql", "project = " + vars.get("project"), "projectKey", vars.get("project"))));
            vars.put("filter", filter.json().get("id").asString());
        }
        if (endpoint.path().contains("{board}") || endpoint.path().contains("{sprint}") || endpoint.path().contains("{activeSprint}")) {
            var board = ok(admin.post("/api/v1/boards", Map.of("project", vars.get("project"), "name", "Board " + unique(),
                    "quickFilters", List.of(Map.of("name", "Bugs", "jql", "type = Bug"), Map.of("name", "Mine", "jql", "assignee = currentUser()")))));
            vars.put("board", board.json().get("id").asString());
            vars.put("quickFilter", board.json().get("quickFilters").get(0).get("id").asString());
            vars.put("otherQuickFilter", board.json().get("quickFilters").get(1).get("id").asString());
            var sprint = ok(admin.post("/api/v1/boards/" + vars.get("board") + "/sprints", Map.of("name", "Sprint " + unique())));
            vars.put("sprint", sprint.json().get("id").asString());
            ok(admin.post("/api/v1/sprints/" + vars.get("sprint") + "/issues", Map.of("add", List.of(vars.get("issue")))));
            if (endpoint.path().contains("{activeSprint}")) {
                var active = ok(admin.post("/api/v1/boards/" + vars.get("board") + "/sprints", Map.of("name", "Active " + unique())));
                vars.put("activeSprint", active.json().get("id").asString());
                ok(admin.post("/api/v1/sprints/" + vars.get("activeSprint") + "/start", Map.of()));
            }
        }
        if (trains(endpoint)) {
            boolean rollback = endpoint.path().contains("/models/rollback");
            worker.backfill(admin, vars.get("project"));
            vars.putAll(Training.trained(admin, vars.get("project"), rollback || endpoint.path().contains("{model}"), rollback));
        }
        if (movesTo(endpoint)) {
            vars.put("target", projectWithRoles(people));
        }
        if (endpoint.path().contains("{link}")) {
            var links = ok(admin.post("/api/v1/issues/" + vars.get("issue") + "/links", Map.of("type", "relates to", "issue", vars.get("other"))));
            vars.put("link", links.json().get(0).get("id").asString());
        }
        return vars;
    }

    private String projectWithRoles(People people) {
        var project = fixtures.project();
        people.roles().forEach((email, role) -> ok(admin.put("/api/v1/projects/" + project + "/members/" + email, Map.of("role", role))));
        return project;
    }

    private Map<String, String> project(People people) {
        var project = projectWithRoles(people);
        var issue = fixtures.issue(project);
        var other = fixtures.issue(project);
        var comment = ok(admin.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "A comment by the site admin")));
        var worklog = ok(admin.post("/api/v1/issues/" + issue + "/worklogs", Map.of("timeSpent", "1h")));
        var attachment = ok(admin.upload("/api/v1/issues/" + issue + "/attachments", "a.txt", "text/plain", "hi".getBytes()));
        ok(admin.delete("/api/v1/issues/" + issue + "/watchers"));
        people.roles().keySet().forEach(email -> ok(admin.post("/api/v1/issues/" + other + "/watchers?email=" + email, null)));
        ok(admin.post("/api/v1/projects/" + project + "/versions", Map.of("name", "1.0")));
        ok(admin.post("/api/v1/projects/" + project + "/components", Map.of("name", "Core")));
        return Map.ofEntries(Map.entry("project", project), Map.entry("issue", issue), Map.entry("other", other),
                Map.entry("comment", comment.json().get("id").asString()), Map.entry("version", "1.0"), Map.entry("component", "Core"),
                Map.entry("type", "Bug"), Map.entry("resolution", "Duplicate"), Map.entry("status", "Done"),
                Map.entry("worklog", worklog.json().get("id").asString()),
                Map.entry("attachment", attachment.json().get(0).get("id").asString()), Map.entry("attachmentName", "a.txt"));
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private People people() {
        return PEOPLE.computeIfAbsent(port, p -> People.create(fixtures));
    }

    /** An anonymous browser: it has the CSRF cookie a page load gives, so only the missing login stands in its way. */
    public static Api browser(int port) {
        var anonymous = Api.anonymous(port);
        var session = anonymous.get("/api/v1/session");
        var token = session.cookie("XSRF-TOKEN");
        assertThat(token).as("XSRF-TOKEN cookie of GET /api/v1/session: " + session.headers()).isNotNull();
        return anonymous.header("Cookie", "XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token);
    }

    /** {@code roles}: the role each of them has in every project of the matrix, by email. */
    private record People(Api nonMember, Api viewer, Api member, Api projectAdmin, Api bystander, Map<String, String> roles,
            String bystanderEmail) {

        static final String PASSWORD_OF_BYSTANDER = "password-bystander";

        static People create(Fixtures fixtures) {
            var viewer = fixtures.user("viewer");
            var member = fixtures.user("member");
            var projectAdmin = fixtures.user("padmin");
            var bystander = fixtures.user("bystander");
            var roles = new LinkedHashMap<String, String>();
            roles.put(Fixtures.email(viewer), "viewer");
            roles.put(Fixtures.email(member), "member");
            roles.put(Fixtures.email(projectAdmin), "admin");
            roles.put(Fixtures.email(bystander), "member");
            return new People(fixtures.user("outsider"), viewer, member, projectAdmin, bystander, roles, Fixtures.email(bystander));
        }

        Api as(Caller caller, AccessMatrix matrix) {
            return switch (caller) {
                case ANONYMOUS -> browser(matrix.port);
                case NON_MEMBER -> nonMember;
                case VIEWER -> viewer;
                case MEMBER -> member;
                case PROJECT_ADMIN -> projectAdmin;
                case SITE_ADMIN -> matrix.admin;
            };
        }
    }
}
