package dev.meridian.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The world the JQL corpus searches, built through the API the way people would build it. Mia, the searcher, is a
 * member of JQA and a viewer of JQB; JQH is a project she is not in. Each issue has a name the corpus uses instead
 * of its key; the comments in {@link #build} say what each issue ends up as. Everything happens "now", so the
 * corpus writes dates relative to now, except due dates, which are fixed days and "today".
 * Creators, reporters and commenters watch an issue automatically.
 */
public final class JqlFixture {

    public record Person(Api api, String email, String displayName) {
    }

    /** One fixture per server: the projects have fixed keys, and every test class with @MeridianTest shares the server. */
    private static final Map<Integer, JqlFixture> SHARED = new ConcurrentHashMap<>();

    private final Fixtures fixtures;
    private final Api admin;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Set<String>> browsable = new LinkedHashMap<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final LocalDate today;

    private JqlFixture(int port, LocalDate today) {
        this.fixtures = new Fixtures(port);
        this.admin = fixtures.admin();
        this.today = today;
    }

    /** The fixture of the server on this port, built by the first test class that asks for it; tests only read it. */
    public static JqlFixture shared(int port) {
        return SHARED.computeIfAbsent(port, JqlFixture::build);
    }

    private static JqlFixture build(int port) {
        var fixture = new JqlFixture(port, afterMidnightIfClose());
        fixture.people();
        fixture.projects();
        fixture.alpha();
        fixture.beta();
        fixture.hidden();
        fixture.links();
        fixture.sprints();
        return fixture;
    }

    /**
     * The corpus compares "now" with startOfDay(), startOfWeek()… and "today": building the fixture and running the
     * corpus must happen on the same UTC day (weeks, months and years also turn at midnight).
     */
    private static LocalDate afterMidnightIfClose() {
        var now = ZonedDateTime.now(ZoneOffset.UTC);
        if (now.toLocalTime().isAfter(LocalTime.of(23, 50))) {
            var wait = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC)).plusSeconds(5);
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    public Person person(String name) {
        var person = people.get(name);
        assertThat(person).as("person '" + name + "' of the JQL fixture").isNotNull();
        return person;
    }

    public String key(String name) {
        var key = keys.get(name);
        assertThat(key).as("issue '" + name + "' of the JQL fixture").isNotNull();
        return key;
    }

    public String name(String key) {
        return keys.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst().orElse(key);
    }

    /** The names of the issues the person may browse, oldest first. */
    public List<String> visibleTo(String person) {
        var projects = browsable.get(person);
        assertThat(projects).as("person '" + person + "' of the JQL fixture").isNotNull();
        return keys.entrySet().stream().filter(e -> projects.contains(project(e.getValue()))).map(Map.Entry::getKey).toList();
    }

    /** The names of a project's issues, oldest first. */
    List<String> inProject(String project) {
        return keys.entrySet().stream().filter(e -> project(e.getValue()).equals(project)).map(Map.Entry::getKey).toList();
    }

    /** Oldest first: the corpus's default order (created DESC, key DESC) is this list reversed. */
    List<String> creationOrder() {
        return List.copyOf(keys.keySet());
    }

    public LocalDate today() {
        return today;
    }

    /** {@code ${bob}} is Bob's email, {@code ${bob:upper}} the same in capitals, {@code ${today}} is yyyy-MM-dd (UTC). */
    public String expand(String text) {
        var expanded = text.replace("${today}", today.toString());
        for (var p : people.entrySet()) {
            expanded = expanded.replace("${" + p.getKey() + ":upper}", p.getValue().email().toUpperCase(Locale.ROOT))
                    .replace("${" + p.getKey() + "}", p.getValue().email());
        }
        assertThat(expanded).as("unknown placeholder in " + text).doesNotContain("${");
        return expanded;
    }

    private static String project(String key) {
        return key.substring(0, key.indexOf('-'));
    }

    private void people() {
        people.put("admin", new Person(admin, Api.ADMIN_EMAIL, null));
        person("mia", "Mia Searcher");
        person("bob", "Bob Builder");
        person("cara", "Cara Viewer");
        person("eve", "Eve Lead");
        person("dan", "Dan Outsider");
    }

    private void person(String name, String displayName) {
        var api = fixtures.user(name, displayName);
        people.put(name, new Person(api, Fixtures.email(api), displayName));
        browsable.put(name, new TreeSet<>());
    }

    /**
     * JQA: Mia and Bob members, Cara viewer; components Backend, Frontend, Docs; versions 1.0 and 1.1 released, 2.0 not.
     * JQB: Eve admin, Bob member, Mia viewer; components Backend, Mobile; version 1.0 unreleased, 3.0 released.
     * JQH: Dan member only; component Backend; version 1.0 released. The site admin administers all three.
     */
    private void projects() {
        project("JQA", "Jql Alpha", Map.of("mia", "member", "bob", "member", "cara", "viewer"),
                List.of("Backend", "Frontend", "Docs"), Map.of("1.0", true, "1.1", true, "2.0", false));
        project("JQB", "Jql Beta", Map.of("eve", "admin", "bob", "member", "mia", "viewer"),
                List.of("Backend", "Mobile"), Map.of("1.0", false, "3.0", true));
        project("JQH", "Jql Hidden", Map.of("dan", "member"), List.of("Backend"), Map.of("1.0", true));
        browsable.put("admin", Set.of("JQA", "JQB", "JQH"));
    }

    private void project(String key, String name, Map<String, String> members, List<String> components,
            Map<String, Boolean> versions) {
        ok(admin.post("/api/v1/projects", Map.of("key", key, "name", name)));
        members.forEach((person, role) -> {
            ok(admin.put("/api/v1/projects/" + key + "/members/" + person(person).email(), Map.of("role", role)));
            browsable.get(person).add(key);
        });
        components.forEach(c -> ok(admin.post("/api/v1/projects/" + key + "/components", Map.of("name", c))));
        versions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(v -> ok(admin.post(
                "/api/v1/projects/" + key + "/versions", Map.of("name", v.getKey(), "released", v.getValue()))));
    }

    private void alpha() {
        // JQA-1: To Do, High, unassigned, no history.
        issue("epic", "bob", "JQA", "Epic", "Storage overhaul", "description", "Umbrella for the storage work",
                "priority", "High", "labels", List.of("storage"), "components", List.of("Backend"), "fixVersions", List.of("2.0"));
        // JQA-2: Done/Done, resolved by Bob after Mia started it.
        issue("upload", "mia", "JQA", "Story", "Crash when uploading large files", "description", "Uploads over 2 GB crash the server",
                "priority", "Highest", "assignee", "mia", "labels", List.of("perf", "ui"), "components", List.of("Backend", "Frontend"),
                "fixVersions", List.of("1.0"), "affectsVersions", List.of("1.0"), "storyPoints", 5, "dueDate", "2024-01-15",
                "parent", "epic");
        move("mia", "upload", "In Progress");
        move("bob", "upload", "In Review");
        move("bob", "upload", "Done");
        comment("bob", "upload", "Reproduced with the flux capacitor enabled");
        // JQA-3: In Progress.
        issue("disk", "bob", "JQA", "Bug", "Disk full on build agents",
                "description", "The agents stop when the disk is full. Builds hit a timeout after 30 minutes.",
                "priority", "High", "assignee", "bob", "labels", List.of("ops"), "components", List.of("Backend"),
                "affectsVersions", List.of("1.1"), "storyPoints", 3);
        move("bob", "disk", "In Progress");
        // JQA-4: reported by Cara (a viewer), due today, watched by Mia and Cara.
        issue("backup", "mia", "JQA", "Task", "Full backup of the disk image", "description", "The image is copied nightly",
                "priority", "Low", "reporter", "cara", "labels", List.of("ops", "Perf"), "storyPoints", 2, "dueDate", today.toString());
        // JQA-5: resolved as Won't Do by Mia, reopened by Bob (unresolved again), then Mia raised it from Medium to High.
        issue("timeout", "bob", "JQA", "Bug", "Login timeout on slow networks", "assignee", "mia",
                "labels", List.of("needs-review", "login"), "components", List.of("Frontend"), "fixVersions", List.of("1.1"),
                "storyPoints", 8);
        move("mia", "timeout", "Done", "Won't Do");
        move("bob", "timeout", "To Do");
        change("mia", "timeout", Map.of("priority", "High"));
        comment("mia", "timeout", "Could not reproduce on a wired connection");
        // JQA-6: In Review.
        issue("timer", "mia", "JQA", "Task", "Timer widget for the dashboard", "priority", "Lowest", "assignee", "bob",
                "labels", List.of("ui", "café"), "components", List.of("Frontend"), "fixVersions", List.of("2.0"), "storyPoints", 1);
        move("bob", "timer", "In Progress");
        move("bob", "timer", "In Review");
        // JQA-7: created by Bob for Mia, resolved as Duplicate; duplicates upload.
        issue("dup", "bob", "JQA", "Bug", "Crashes while uploading a file", "priority", "Highest", "reporter", "mia",
                "affectsVersions", List.of("1.0"));
        move("bob", "dup", "Done", "Duplicate");
        // JQA-8 and JQA-9: sub-tasks of upload; Bob handed JQA-9 over to Mia.
        issue("sub1", "mia", "JQA", "Sub-task", "Write the upload retry logic", "assignee", "mia", "storyPoints", 2, "parent", "upload");
        move("mia", "sub1", "In Progress");
        issue("sub2", "bob", "JQA", "Sub-task", "Document upload limits", "priority", "Low", "assignee", "bob",
                "labels", List.of("docs"), "components", List.of("Docs"), "parent", "upload");
        change("bob", "sub2", Map.of("assignee", person("mia").email()));
        // JQA-10: Done/Done by Mia, fixed in both released versions, due in 2030, watched by Cara.
        issue("docs", "mia", "JQA", "Task", "Update the API reference", "labels", List.of("docs"), "components", List.of("Docs"),
                "fixVersions", List.of("1.0", "1.1"), "dueDate", "2030-12-31");
        move("mia", "docs", "Done");
        watch("cara", "docs", null);
        // JQA-11: blocks disk and timer, relates to a hidden issue.
        issue("blocker", "bob", "JQA", "Bug", "Database migration blocks startup", "priority", "Highest", "assignee", "bob",
                "labels", List.of("db"), "components", List.of("Backend"), "affectsVersions", List.of("2.0"), "storyPoints", 13);
        comment("mia", "blocker", "The migration lock is never released");
        // JQA-12: odd labels; Mia made Bob its reporter.
        issue("special", "mia", "JQA", "Task", "Quote \"handling\" and won't-fix cases", "priority", "Low",
                "labels", List.of("v2.0", "team/core", "a:b"));
        change("mia", "special", Map.of("reporter", person("bob").email()));
        // JQA-13: In Progress again after a review asked for changes.
        issue("indexing", "bob", "JQA", "Story", "Speed up search indexing", "priority", "High", "assignee", "bob",
                "labels", List.of("perf"), "components", List.of("Backend"), "fixVersions", List.of("2.0"), "storyPoints", 3,
                "parent", "epic");
        move("bob", "indexing", "In Progress");
        move("bob", "indexing", "In Review");
        move("bob", "indexing", "In Progress");
        comment("mia", "indexing", "Indexing runs every evening");
        // JQA-14: Done/Done by Mia through In Progress.
        issue("cleanup", "mia", "JQA", "Task", "Clean up temporary directories", "assignee", "mia");
        move("mia", "cleanup", "In Progress");
        move("mia", "cleanup", "Done");
        issue("epic2", "mia", "JQA", "Epic", "Mobile readiness");
        // JQA-16: Bob lowered it to Low and raised it back to Medium.
        issue("menu", "bob", "JQA", "Story", "Responsive navigation menu", "assignee", "mia", "labels", List.of("ui"),
                "components", List.of("Frontend"), "fixVersions", List.of("2.0"), "storyPoints", 5, "parent", "epic2");
        change("bob", "menu", Map.of("priority", "Low"));
        change("bob", "menu", Map.of("priority", "Medium"));
        issue("cafe", "mia", "JQA", "Task", "Café menu translations", "description", "Überprüfung der Übersetzungen",
                "priority", "Lowest", "labels", List.of("café", "i18n"), "components", List.of("Docs"));
        // JQA-18: watched by Bob, Mia and Cara.
        issue("keys", "bob", "JQA", "Task", "Rotate the signing keys", "priority", "High", "assignee", "bob",
                "labels", List.of("security"), "components", List.of("Backend"), "dueDate", "2024-01-15");
        watch("bob", "keys", "mia");
        watch("bob", "keys", "cara");
    }

    private void beta() {
        // JQB-1: In Progress, fixed in JQB's unreleased 1.0.
        issue("mobile", "bob", "JQB", "Story", "Offline mode for the mobile app",
                "description", "Cache data so that the app works without a connection", "priority", "High", "assignee", "bob",
                "labels", List.of("ui"), "components", List.of("Mobile"), "fixVersions", List.of("1.0"), "storyPoints", 8);
        move("bob", "mobile", "In Progress");
        comment("eve", "mobile", "Sync conflicts need a design");
        // JQB-2: resolved as Cannot Reproduce by Eve.
        issue("sync", "eve", "JQB", "Bug", "Sync fails with timeouts", "priority", "Highest", "assignee", "eve",
                "labels", List.of("perf"), "components", List.of("Backend", "Mobile"), "fixVersions", List.of("3.0"),
                "affectsVersions", List.of("1.0"));
        move("eve", "sync", "Done", "Cannot Reproduce");
        // JQB-3: reported by Mia, who then stopped watching it.
        issue("push", "eve", "JQB", "Task", "Push notifications", "reporter", "mia", "dueDate", "2024-03-01");
        unwatch("mia", "push");
        // JQB-4: Eve started it and stopped again; Mia watches it.
        issue("crashb", "bob", "JQB", "Bug", "App crash on start", "assignee", "eve", "labels", List.of("crash"),
                "components", List.of("Mobile"), "affectsVersions", List.of("3.0"), "storyPoints", 2);
        move("eve", "crashb", "In Progress");
        move("eve", "crashb", "To Do");
        comment("bob", "crashb", "Stack trace mentions the flux capacitor");
        watch("mia", "crashb", null);
        issue("tablet", "eve", "JQB", "Epic", "Tablet support");
        issue("layout", "bob", "JQB", "Story", "Tablet layout", "priority", "Low", "assignee", "bob", "labels", List.of("ui", "Perf"),
                "components", List.of("Mobile"), "fixVersions", List.of("1.0"), "storyPoints", 0.5, "parent", "tablet");
        // JQB-7: Done/Done by Bob.
        issue("icons", "bob", "JQB", "Sub-task", "Tablet icons", "priority", "Low", "assignee", "bob", "storyPoints", 1,
                "parent", "layout");
        move("bob", "icons", "Done");
    }

    /** Issues that would match many corpus queries, if Mia could see them. */
    private void hidden() {
        issue("hzebra", "dan", "JQH", "Bug", "Disk full on the zebra cluster", "priority", "Highest", "assignee", "dan",
                "labels", List.of("perf", "ops"), "components", List.of("Backend"), "fixVersions", List.of("1.0"),
                "storyPoints", 3, "dueDate", "2024-01-15");
        comment("dan", "hzebra", "The flux capacitor again");
        issue("hupload", "admin", "JQH", "Task", "Crash when uploading zebra files", "reporter", "mia", "labels", List.of("ui"));
        move("admin", "hupload", "In Progress");
        watch("admin", "hupload", "mia");
        issue("hepic", "dan", "JQH", "Epic", "Zebra storage", "labels", List.of("storage"));
    }

    private void links() {
        link("bob", "dup", "duplicates", "upload");
        link("bob", "blocker", "blocks", "disk");
        link("bob", "blocker", "blocks", "timer");
        link("bob", "indexing", "is blocked by", "disk");
        link("bob", "upload", "relates to", "mobile");
        link("admin", "sync", "clones", "timeout");
        link("admin", "blocker", "relates to", "hzebra");
    }

    /**
     * JQA's board: Alpha 1 was completed with upload done and disk moved on to Alpha 2, which is active; Alpha 3 is in
     * the future with timer. JQH's active sprint Zebra holds hzebra. In JQB, icons was ranked first.
     */
    private void sprints() {
        var alpha1 = sprint("JQA", "Alpha 1", "upload", "disk");
        ok(admin.post("/api/v1/sprints/" + alpha1 + "/start", Map.of()));
        var alpha2 = sprint("JQA", "Alpha 2");
        ok(admin.post("/api/v1/sprints/" + alpha1 + "/complete", Map.of("moveTo", alpha2)));
        ok(admin.post("/api/v1/sprints/" + alpha2 + "/start", Map.of()));
        sprint("JQA", "Alpha 3", "timer");
        var zebra = sprint("JQH", "Zebra", "hzebra");
        ok(admin.post("/api/v1/sprints/" + zebra + "/start", Map.of()));
        ok(admin.put("/api/v1/issues/" + key("icons") + "/rank", Map.of("before", key("mobile"))));
    }

    private String sprint(String project, String name, String... issues) {
        var boards = admin.get("/api/v1/boards?project=" + project).json();
        var board = boards.isEmpty() ? admin.post("/api/v1/boards", Map.of("project", project, "name", project + " board")).json()
                : boards.get(0);
        var sprint = admin.post("/api/v1/boards/" + board.get("id").asString() + "/sprints", Map.of("name", name));
        ok(sprint);
        var id = sprint.json().get("id").asString();
        ok(admin.post("/api/v1/sprints/" + id + "/issues", Map.of("add", java.util.Arrays.stream(issues).map(this::key).toList())));
        return id;
    }

    /** Fields as name-value pairs; people are fixture names, the parent an issue name. */
    private void issue(String name, String by, String project, String type, String summary, Object... fields) {
        var body = new LinkedHashMap<String, Object>();
        body.put("project", project);
        body.put("type", type);
        body.put("summary", summary);
        for (int i = 0; i < fields.length; i += 2) {
            var field = (String) fields[i];
            var value = fields[i + 1];
            body.put(field, switch (field) {
                case "assignee", "reporter" -> person((String) value).email();
                case "parent" -> key((String) value);
                default -> value;
            });
        }
        var created = person(by).api().post("/api/v1/issues", body);
        assertThat(created.status()).as("creating " + name + ": " + created).isEqualTo(201);
        var key = created.json().get("key").asString();
        assertThat(key).as("key of " + name).isEqualTo(project + "-" + (inProject(project).size() + 1));
        keys.put(name, key);
    }

    private void move(String by, String issue, String status) {
        ok(person(by).api().post("/api/v1/issues/" + key(issue) + "/transitions", Map.of("status", status)));
    }

    private void move(String by, String issue, String status, String resolution) {
        ok(person(by).api().post("/api/v1/issues/" + key(issue) + "/transitions", Map.of("status", status, "resolution", resolution)));
    }

    private void change(String by, String issue, Map<String, Object> fields) {
        ok(person(by).api().patch("/api/v1/issues/" + key(issue), fields));
    }

    private void comment(String by, String issue, String body) {
        ok(person(by).api().post("/api/v1/issues/" + key(issue) + "/comments", Map.of("body", body)));
    }

    private void watch(String by, String issue, String who) {
        var query = who == null ? "" : "?email=" + person(who).email();
        ok(person(by).api().post("/api/v1/issues/" + key(issue) + "/watchers" + query, null));
    }

    private void unwatch(String by, String issue) {
        ok(person(by).api().delete("/api/v1/issues/" + key(issue) + "/watchers"));
    }

    private void link(String by, String from, String type, String to) {
        ok(person(by).api().post("/api/v1/issues/" + key(from) + "/links", Map.of("type", type, "issue", key(to))));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
