package dev.meridian.training.internal.jobs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon Bedrock's control plane as a local HTTP server: records every request (method, decoded path, headers, JSON
 * body) and answers each operation from its script, in order, repeating the last answer; an operation without a script
 * answers 404. The answers are Bedrock's REST-JSON shapes, errors with their {@code x-amzn-ErrorType}.
 */
final class FakeBedrock implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Call(String method, String path, Map<String, List<String>> headers, JsonNode body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    record Answer(int status, String errorType, String body, Runnable sideEffect) {

        static Answer ok(int status, String body) {
            return new Answer(status, null, body, null);
        }

        static Answer error(int status, String type, String message) {
            return new Answer(status, type, "{\"message\":\"" + message + "\"}", null);
        }

        Answer then(Runnable effect) {
            return new Answer(status, errorType, body, effect);
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeBedrock() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A Bedrock client of this server, signing with test credentials as it would with real ones. */
    BedrockClient client() {
        return BedrockConfiguration.client("us-east-1", endpoint(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDMERIDIANTEST", "test-secret")));
    }

    /** {@code operation}: create, get, stop or deploy. */
    FakeBedrock script(String operation, Answer... answers) {
        scripts.put(operation, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    List<Call> calls(String operation) {
        return calls.stream().filter(c -> operation.equals(operation(c.method(), c.path()))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
        calls.add(new Call(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        Deque<Answer> script = scripts.get(operation(exchange.getRequestMethod(), path));
        Answer answer = script == null ? Answer.error(404, "ResourceNotFoundException", "no such operation here")
                : script.size() > 1 ? script.poll() : script.peek();
        if (answer.sideEffect() != null) {
            answer.sideEffect().run();
        }
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + calls.size());
        if (answer.errorType() != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", answer.errorType());
        }
        exchange.sendResponseHeaders(answer.status(), out.length);
        try (var stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    private static String operation(String method, String path) {
        if ("POST".equals(method) && path.equals("/model-customization-jobs")) {
            return "create";
        }
        if ("GET".equals(method) && path.startsWith("/model-customization-jobs/")) {
            return "get";
        }
        if ("POST".equals(method) && path.startsWith("/model-customization-jobs/") && path.endsWith("/stop")) {
            return "stop";
        }
        if ("POST".equals(method) && path.equals("/model-customization/custom-model-deployments")) {
            return "deploy";
        }
        return method + " " + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
