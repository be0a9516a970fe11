package dev.meridian.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates what a test needs through the API, with unique names so tests never share state. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final int port;
    private final Api admin;

    public Fixtures(int port) {
        this.port = port;
        this.admin = Api.admin(port);
    }

    public Api admin() {
        return admin;
    }

    /** A new user and an API client logged in as them (with their password). */
    public Api user(String name) {
        return user(name, name);
    }

    /** A new user with a display name of its own, for tests that look people up by name. */
    public Api user(String name, String displayName) {
        var email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        var created = admin.post("/api/v1/users", Map.of("email", email, "displayName", displayName, "password", "password-" + name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Api.anonymous(port).as(email, "password-" + name).withToken();
    }

    public static String email(Api user) {
        return user.get("/api/v1/myself").json().get("email").asString();
    }

    /** A new project whose admin is the site admin; returns its key. */
    public String project() {
        return project("P" + SEQUENCE.incrementAndGet());
    }

    /**
     * A new project with this exact key, which no other test may use: for a test whose outcome depends on its issue keys,
     * as a model's held-out split does; the key {@link #project()} gives depends on how many projects earlier tests made.
     */
    public String project(String key) {
        var created = admin.post("/api/v1/projects", Map.of("key", key, "name", "Project " + key));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    public void member(String project, Api user, String role) {
        var r = admin.put("/api/v1/projects/" + project + "/members/" + email(user), Map.of("role", role));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    public String issue(String project, Api as, String summary) {
        var r = as.post("/api/v1/issues", Map.of("project", project, "type", "Task", "summary", summary));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("key").asString();
    }

    public String issue(String project) {
        return issue(project, admin, "An issue");
    }
}
