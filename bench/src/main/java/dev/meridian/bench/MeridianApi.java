package dev.meridian.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few endpoints the benchmark calls, over one shared HTTP/1.1 client that keeps its connections alive. */
final class MeridianApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;
    private final String authorization;

    MeridianApi(String baseUrl, String email, String secret) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((email + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The same user, authenticated by a new API token: much cheaper per request than an Argon2-hashed password. Named
     * {@code name} and the time, since a user's live tokens need names of their own and benchmarks run again and again.
     */
    MeridianApi withNewToken(String email, String name) throws IOException, InterruptedException {
        var secret = send("POST", "/api/v1/myself/tokens", Map.of("name", name + " " + java.time.Instant.now()), 201).get("secret").asString();
        return new MeridianApi(baseUrl, email, secret);
    }

    /** Creates the project, or uses it when it already exists. */
    void ensureProject(String key, String name) throws IOException, InterruptedException {
        var created = exchange("POST", "/api/v1/projects", Map.of("key", key, "name", name));
        if (created.statusCode() != 201) {
            send("GET", "/api/v1/projects/" + key, null, 200);
        }
    }

    /** Creates the user; a 409 (the email is taken) is fine. */
    void ensureUser(String email, String displayName, String password) throws IOException, InterruptedException {
        var created = exchange("POST", "/api/v1/users", Map.of("email", email, "displayName", displayName, "password", password));
        if (created.statusCode() != 409) {
            expect(created, 201);
        }
    }

    void setMember(String project, String email, String role) throws IOException, InterruptedException {
        expect(exchange("PUT", "/api/v1/projects/" + project + "/members/" + email, Map.of("role", role)), 200);
    }

    void addComponent(String project, String name) throws IOException, InterruptedException {
        expect(exchange("POST", "/api/v1/projects/" + project + "/components", Map.of("name", name)), 200);
    }

    void addVersion(String project, String name, boolean released, LocalDate releaseDate) throws IOException, InterruptedException {
        var version = new LinkedHashMap<String, Object>(Map.of("name", name, "released", released));
        if (releaseDate != null) {
            version.put("releaseDate", releaseDate.toString());
        }
        expect(exchange("POST", "/api/v1/projects/" + project + "/versions", version), 200);
    }

    /** The first page of a JQL search; throws with the status and the problem's text when it is not a 200. */
    JsonNode search(String jql, int maxResults) throws IOException, InterruptedException {
        return send("GET", "/api/v1/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8) + "&maxResults=" + maxResults,
                null, 200);
    }

    JsonNode createIssue(Map<String, Object> fields) throws IOException, InterruptedException {
        return send("POST", "/api/v1/issues", fields, 201);
    }

    void getIssue(String key) throws IOException, InterruptedException {
        expect(exchange("GET", "/api/v1/issues/" + key, null), 200);
    }

    JsonNode updateIssue(String key, Map<String, Object> fields) throws IOException, InterruptedException {
        return send("PATCH", "/api/v1/issues/" + key, fields, 200);
    }

    void listIssues(String project, int page, int size) throws IOException, InterruptedException {
        expect(exchange("GET", "/api/v1/issues?project=" + project + "&page=" + page + "&size=" + size, null), 200);
    }

    /** Sends a request and returns its JSON answer; throws unless the status is the expected one. */
    JsonNode call(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        return send(method, path, body, expected);
    }

    /** GET /api/v1/pipeline/status (site admins): outbox backlog, queue depth, freshness. */
    JsonNode pipelineStatus() throws IOException, InterruptedException {
        return send("GET", "/api/v1/pipeline/status", null, 200);
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, 200);
    }

    JsonNode post(String path, Object body, int expected) throws IOException, InterruptedException {
        return send("POST", path, body, expected);
    }

    /** The status of GET {@code path}, for waiting until something exists. */
    int status(String path) throws IOException, InterruptedException {
        return exchange("GET", path, null).statusCode();
    }

    private JsonNode send(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        return JSON.readTree(expect(exchange(method, path, body), expected).body());
    }

    private HttpResponse<byte[]> exchange(String method, String path, Object body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> expect(HttpResponse<byte[]> response, int status) throws IOException {
        if (response.statusCode() != status) {
            var body = new String(response.body(), StandardCharsets.UTF_8);
            throw new IOException(response.request().method() + " " + response.uri().getPath() + " answered "
                    + response.statusCode() + ": " + body.substring(0, Math.min(300, body.length())));
        }
        return response;
    }
}
