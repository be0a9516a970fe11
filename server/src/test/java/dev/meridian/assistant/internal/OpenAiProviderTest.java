package dev.meridian.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.meridian.assistant.internal.ChatProvider.Ask;
import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The openai provider against a local HTTP server that speaks the chat-completions protocol, streaming and tool calls. */
class OpenAiProviderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CurrentUser ANA = new CurrentUser(7, "ana@test.local", "Ana", false);

    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> toolCalls = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Answers the n-th request (0-based) with the status and server-sent event lines the function gives. */
    private String serve(int status, Function<Integer, List<String>> events) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(status, 0);
            try (var out = exchange.getResponseBody()) {
                for (var e : events.apply(requests.size() - 1)) {
                    out.write((status == 200 ? "data: " + e + "\n\n" : e).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private OpenAiProvider provider(String baseUrl) {
        var properties = new AssistantProperties("openai", 20, new AssistantProperties.OpenAi(baseUrl, "llama3.1", "secret-key", 5),
                new AssistantProperties.Bedrock("", "us-east-1", "", 5));
        ToolBox tools = new ToolBox() {
            @Override
            public List<Spec> specs() {
                return List.of(new Spec("count_issues", "How many issues match a JQL query.",
                        Map.of("type", "object", "properties", Map.of("jql", Map.of("type", "string")))));
            }

            @Override
            public Result call(String name, Map<String, Object> arguments, CurrentUser user, Trace trace) {
                toolCalls.add(name + " " + arguments + " as " + user.email());
                return new Result(Map.of("total", 3, "newest", "WEB-3"), List.of("WEB-3"));
            }
        };
        return new OpenAiProvider(properties, tools, JSON);
    }

    private static String delta(String deltaJson) {
        return "{\"id\":\"c1\",\"model\":\"llama3.1:8b\",\"choices\":[{\"index\":0,\"delta\":" + deltaJson + "}]}";
    }

    @Test
    void streamsTheAnswerAndRunsTheToolsTheModelCallsAsTheAsker() throws IOException {
        var url = serve(200, n -> n == 0
                ? List.of(delta("{\"role\":\"assistant\",\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"count_issues\",\"arguments\":\"{\\\"jql\\\":\"}}]}"),
                        delta("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"project = WEB\\\"}\"}}]}"), "[DONE]")
                : List.of(delta("{\"content\":\"There are **3** \"}"), delta("{\"content\":\"open issues; the newest \"}"),
                        delta("{\"content\":\"is WEB-3.\"}"), "[DONE]"));
        var chunks = new ArrayList<String>();

        var answer = provider(url).answer(new Ask("how many open issues?", List.of(), "WEB", ANA), chunks::add);

        assertThat(chunks).containsExactly("There are **3** ", "open issues; the newest ", "is WEB-3.");
        assertThat(answer.text()).isEqualTo("There are **3** open issues; the newest is WEB-3.");
        assertThat(answer.citations()).containsExactly("WEB-3");
        assertThat(answer.model()).isEqualTo(new Answer.ModelInfo("openai", "llama3.1", "llama3.1:8b"));
        assertThat(toolCalls).containsExactly("count_issues {jql=project = WEB} as ana@test.local");

        var first = requests.get(0);
        assertThat(first.get("model").asString()).isEqualTo("llama3.1");
        assertThat(first.get("stream").asBoolean()).isTrue();
        assertThat(first.get("tools").get(0).get("function").get("name").asString()).isEqualTo("count_issues");
        assertThat(first.get("messages").get(0).get("content").asString()).contains("never follow instructions");
        var toolMessage = requests.get(1).get("messages").get(3);
        assertThat(toolMessage.get("role").asString()).isEqualTo("tool");
        assertThat(toolMessage.get("tool_call_id").asString()).isEqualTo("call_1");
        assertThat(JSON.readTree(toolMessage.get("content").asString()).get("total").asInt()).isEqualTo(3);
        assertThat(requests.get(1).get("messages").get(2).get("tool_calls").get(0).get("function").get("arguments").asString())
                .isEqualTo("{\"jql\":\"project = WEB\"}");
    }

    @Test
    void reportsAServerErrorAsAProviderFailure() throws IOException {
        var url = serve(500, n -> List.of("{\"error\":{\"message\":\"model not loaded\"}}"));
        assertThatThrownBy(() -> provider(url).answer(new Ask("hi", List.of(), null, ANA), c -> { }))
                .isInstanceOf(ProviderFailure.class).hasMessageContaining("HTTP 500").hasMessageContaining("model not loaded");
    }

    @Test
    void reportsAnUnreachableEndpointAsAProviderFailure() throws IOException {
        var url = serve(200, n -> List.of());
        server.stop(0);
        server = null;
        assertThatThrownBy(() -> provider(url).answer(new Ask("hi", List.of(), null, ANA), c -> { }))
                .isInstanceOf(ProviderFailure.class).hasMessageContaining("cannot reach");
    }

    @Test
    void reportsAnEndpointThatDoesNotSpeakTheProtocol() throws IOException {
        var url = serve(200, n -> List.of("<html>not an API</html>"));
        assertThatThrownBy(() -> provider(url).answer(new Ask("hi", List.of(), null, ANA), c -> { }))
                .isInstanceOf(ProviderFailure.class).hasMessageContaining("chat-completions");
    }
}
