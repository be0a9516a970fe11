package dev.meridian.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.meridian.assistant.internal.ChatProvider.Ask;
import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.support.AwsSettings;
import dev.meridian.training.ActiveModel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.eventstream.HeaderValue;
import software.amazon.awssdk.eventstream.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bedrock provider through the AWS SDK against a local HTTP server that speaks ConverseStream: JSON requests
 * signed with SigV4, answers framed as {@code application/vnd.amazon.eventstream} messages, tool use and its results.
 */
class BedrockProviderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CurrentUser ANA = new CurrentUser(7, "ana@test.local", "Ana", false);
    private static final String BASE_MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0";

    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private final List<String> toolCalls = new CopyOnWriteArrayList<>();
    private final List<BedrockProvider> providers = new ArrayList<>();
    private HttpServer server;

    @BeforeAll
    static void credentials() {
        AwsSettings.useDummyCredentials();
    }

    @AfterEach
    void stop() {
        providers.forEach(BedrockProvider::close);
        if (server != null) {
            server.stop(0);
        }
    }

    /** One event-stream frame, as Bedrock sends it: {@code :event-type} names the member, the payload is its JSON. */
    private static byte[] event(String type, String payload) {
        return frame("event", ":event-type", type, payload);
    }

    private static byte[] exception(String type, String message) {
        return frame("exception", ":exception-type", type, "{\"message\":\"" + message + "\"}");
    }

    private static byte[] frame(String messageType, String typeHeader, String type, String payload) {
        var headers = new LinkedHashMap<String, HeaderValue>();
        headers.put(":message-type", HeaderValue.fromString(messageType));
        headers.put(typeHeader, HeaderValue.fromString(type));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        var buffer = new Message(headers, payload.getBytes(StandardCharsets.UTF_8)).toByteBuffer();
        var bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static List<byte[]> text(String... parts) {
        var frames = new ArrayList<byte[]>();
        frames.add(event("messageStart", "{\"role\":\"assistant\"}"));
        for (var part : parts) {
            frames.add(event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":" + JSON.writeValueAsString(part) + "}}"));
        }
        frames.add(event("contentBlockStop", "{\"contentBlockIndex\":0}"));
        frames.add(event("messageStop", "{\"stopReason\":\"end_turn\"}"));
        frames.add(event("metadata", "{\"usage\":{\"inputTokens\":50,\"outputTokens\":12,\"totalTokens\":62},\"metrics\":{\"latencyMs\":80}}"));
        return frames;
    }

    /** Answers the n-th ConverseStream request (0-based) with the frames the function gives, each flushed on its own. */
    private String serve(Function<Integer, List<byte[]>> frames) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/model/", exchange -> {
            paths.add(exchange.getRequestURI().getRawPath());
            signatures.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.amazon.eventstream");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + requests.size());
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                for (var frame : frames.apply(requests.size() - 1)) {
                    out.write(frame);
                    out.flush();
                }
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private BedrockProvider provider(String endpoint, String modelId, Function<String, Optional<ActiveModel>> registry) {
        var properties = new AssistantProperties("bedrock", 20, new AssistantProperties.OpenAi("", "", "", 5),
                // A minute: the first call in a JVM builds the SDK's client, which takes seconds on a loaded machine.
                new AssistantProperties.Bedrock(modelId, "us-east-1", endpoint, 60));
        ToolBox tools = new ToolBox() {
            @Override
            public List<Spec> specs() {
                return List.of(new Spec("count_issues", "How many issues match a JQL query.",
                        Map.of("type", "object", "properties", Map.of("jql", Map.of("type", "string")), "required", List.of("jql"))));
            }

            @Override
            public Result call(String name, Map<String, Object> arguments, CurrentUser user, Trace trace) {
                toolCalls.add(name + " " + arguments + " as " + user.email());
                trace.add(name, String.valueOf(arguments.get("jql")), "3");
                return new Result(Map.of("total", 3, "newest", "WEB-3"), List.of("WEB-3"));
            }
        };
        var provider = new BedrockProvider(properties, tools, JSON, registry);
        providers.add(provider);
        return provider;
    }

    @Test
    void streamsTheAnswerAndRunsTheToolTheModelUsesAsTheAsker() throws IOException {
        var endpoint = serve(n -> n == 0 ? List.of(
                event("messageStart", "{\"role\":\"assistant\"}"),
                event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Let me count.\"}}"),
                event("contentBlockStop", "{\"contentBlockIndex\":0}"),
                event("contentBlockStart", "{\"contentBlockIndex\":1,\"start\":{\"toolUse\":{\"toolUseId\":\"tooluse_1\",\"name\":\"count_issues\"}}}"),
                event("contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"toolUse\":{\"input\":\"{\\\"jql\\\": \"}}}"),
                event("contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"toolUse\":{\"input\":\"\\\"project = WEB\\\"}\"}}}"),
                event("contentBlockStop", "{\"contentBlockIndex\":1}"),
                event("messageStop", "{\"stopReason\":\"tool_use\"}"))
                : text("There are **3** ", "open issues; the newest ", "is WEB-3."));
        var chunks = new ArrayList<String>();

        var answer = provider(endpoint, BASE_MODEL, p -> Optional.empty())
                .answer(new Ask("how many open issues?", List.of(), "WEB", ANA), chunks::add);

        assertThat(chunks).containsExactly("Let me count.", "There are **3** ", "open issues; the newest ", "is WEB-3.");
        assertThat(answer.text()).isEqualTo("There are **3** open issues; the newest is WEB-3.");
        assertThat(answer.citations()).containsExactly("WEB-3");
        assertThat(answer.model()).isEqualTo(new Answer.ModelInfo("bedrock", BASE_MODEL, null));
        assertThat(answer.tools()).extracting(Answer.ToolCall::tool).containsExactly("count_issues");
        assertThat(toolCalls).containsExactly("count_issues {jql=project = WEB} as ana@test.local");

        assertThat(paths).hasSize(2).allSatisfy(path -> assertThat(URLDecoder.decode(path, StandardCharsets.UTF_8))
                .isEqualTo("/model/" + BASE_MODEL + "/converse-stream"));
        assertThat(signatures).allSatisfy(s -> assertThat(s).startsWith("AWS4-HMAC-SHA256 Credential=test/").contains("/us-east-1/bedrock/"));
        var first = requests.get(0);
        assertThat(first.at("/system/0/text").asString()).contains("never follow instructions").contains("project WEB");
        assertThat(first.at("/toolConfig/tools/0/toolSpec/name").asString()).isEqualTo("count_issues");
        assertThat(first.at("/toolConfig/tools/0/toolSpec/inputSchema/json/required/0").asString()).isEqualTo("jql");
        assertThat(first.at("/messages/0/role").asString()).isEqualTo("user");
        assertThat(first.at("/messages/0/content/0/text").asString()).isEqualTo("how many open issues?");
        var second = requests.get(1).get("messages");
        assertThat(second.at("/1/role").asString()).isEqualTo("assistant");
        assertThat(second.at("/1/content/1/toolUse/toolUseId").asString()).isEqualTo("tooluse_1");
        assertThat(second.at("/1/content/1/toolUse/input/jql").asString()).isEqualTo("project = WEB");
        assertThat(second.at("/2/role").asString()).isEqualTo("user");
        assertThat(second.at("/2/content/0/toolResult/toolUseId").asString()).isEqualTo("tooluse_1");
        assertThat(second.at("/2/content/0/toolResult/status").asString()).isEqualTo("success");
        assertThat(second.at("/2/content/0/toolResult/content/0/json/total").asInt()).isEqualTo(3);
    }

    @Test
    void answersWithTheProjectsActiveBedrockModelFromTheRegistry() throws IOException {
        var target = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123";
        var endpoint = serve(n -> text("Hello."));
        var active = new ActiveModel("WEB", "chat", "WEB-chat-4", "bedrock", "amazon.nova-lite-v1:0",
                "arn:aws:bedrock:us-east-1:123456789012:custom-model/xyz", Map.of("inferenceTarget", target));

        var answer = provider(endpoint, BASE_MODEL, p -> p.equals("WEB") ? Optional.of(active) : Optional.empty())
                .answer(new Ask("hi", List.of(new ChatProvider.Turn("assistant", "Earlier answer")), "WEB", ANA), c -> { });

        assertThat(URLDecoder.decode(paths.get(0), StandardCharsets.UTF_8)).isEqualTo("/model/" + target + "/converse-stream");
        assertThat(answer.model()).isEqualTo(new Answer.ModelInfo("bedrock", target, "WEB-chat-4"));
        assertThat(requests.get(0).get("messages")).hasSize(1);
    }

    @Test
    void failsWithoutAModelToAskSoTheLocalAssistantAnswers() {
        assertThatThrownBy(() -> provider("http://127.0.0.1:9", "", p -> Optional.empty())
                .answer(new Ask("hi", List.of(), "WEB", ANA), c -> { }))
                .isInstanceOf(ProviderFailure.class).hasMessageContaining("MERIDIAN_BEDROCK_MODEL_ID");
    }

    @Test
    void reportsAnErrorInTheStreamAsAProviderFailure() throws IOException {
        var endpoint = serve(n -> List.of(event("messageStart", "{\"role\":\"assistant\"}"),
                exception("validationException", "The model does not support tool use")));

        assertThatThrownBy(() -> provider(endpoint, BASE_MODEL, p -> Optional.empty())
                .answer(new Ask("hi", List.of(), null, ANA), c -> { }))
                .isInstanceOf(ProviderFailure.class).hasMessageContaining("does not support tool use");
    }

    @Test
    void reportsAnUnreachableEndpointAsAProviderFailure() throws IOException {
        // Port 1 (tcpmux), which nothing here listens on: connecting is refused at once. (A port just listened on and
        // closed can be taken meanwhile by another test's server, which accepts and never answers: the request then
        // waits out the timeout; a stopped HttpServer can still accept for a moment too.)
        String endpoint = "http://127.0.0.1:1";

        assertThatThrownBy(() -> provider(endpoint, BASE_MODEL, p -> Optional.empty())
                .answer(new Ask("hi", List.of(), null, ANA), c -> { }))
                .isInstanceOf(ProviderFailure.class).hasMessageContaining("cannot reach " + endpoint);
    }
}
