package dev.meridian.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the Meridian API, as a program would use it: HTTP Basic, JSON in and out. */
public final class Api {

    public static final String ADMIN_EMAIL = "admin@test.local";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Integer, Api> ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String base;
    private final String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api anonymous(int port) {
        return new Api("http://127.0.0.1:" + port, null);
    }

    /** The site admin, with an API token: passwords are hashed slowly on purpose, tokens are cheap to check. */
    public static Api admin(int port) {
        return ADMINS.computeIfAbsent(port, p -> anonymous(p).as(ADMIN_EMAIL, ADMIN_PASSWORD).withToken());
    }

    /** The same user, authenticating with a new API token of theirs (named apart from their others) instead of the password. */
    public Api withToken() {
        var created = post("/api/v1/myself/tokens", Map.of("name", "test " + java.util.UUID.randomUUID()));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a token: " + created);
        }
        var email = get("/api/v1/myself").json().get("email").asString();
        return as(email, created.json().get("secret").asString());
    }

    public Api as(String email, String secret) {
        var token = Base64.getEncoder().encodeToString((email + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    public Api header(String name, String value) {
        var copy = new Api(base, authorization);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body, "application/json");
    }

    public Response postCsv(String path, String csv) {
        return send("POST", path, csv, "text/csv");
    }

    /** One file as a browser form sends it: {@code multipart/form-data}, part {@code file}. */
    public Response upload(String path, String fileName, String mediaType, byte[] content) {
        var boundary = "meridian-test-" + java.util.UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send("POST", path, body, "multipart/form-data; boundary=" + boundary);
    }

    /** A body that is a String or bytes is sent as it is (for malformed JSON or bad UTF-8); anything else is serialized. */
    public Response send(String method, String path, Object body, String contentType) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::setHeader);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            var publisher = body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
            builder.header("Content-Type", contentType).method(method, publisher);
        }
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public record Response(int status, String text, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        }

        /** The value of a cookie this response sets, or null. */
        public String cookie(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                    .flatMap(e -> e.getValue().stream()).filter(v -> v.startsWith(name + "="))
                    .map(v -> v.substring(name.length() + 1).split(";")[0]).reduce((first, last) -> last).orElse(null);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
