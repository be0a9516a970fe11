package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.Answer.ModelInfo;
import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.training.ActiveModel;
import dev.meridian.training.Models;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.model.BedrockRuntimeException;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultStatus;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon Bedrock through ConverseStream (AWS SDK v2): the chat's tools offered in {@code toolConfig} and run as the
 * asking user, text streamed as it comes. The model is the project's active Bedrock-trained version from the registry
 * (its inference target) when there is one, else the configured base model id. Tested against a local server that
 * speaks the protocol (event-stream framing included), not against AWS.
 */
@Component
class BedrockProvider implements ChatProvider {

    private static final int MAX_ROUNDS = 6;
    private static final int MAX_TOKENS = 1_024;

    private final AssistantProperties.Bedrock settings;
    private final ToolBox tools;
    private final JsonMapper json;
    private final Function<String, Optional<ActiveModel>> projectModel;
    private volatile BedrockRuntimeAsyncClient client;

    @Autowired
    BedrockProvider(AssistantProperties properties, ToolBox tools, JsonMapper json, Models models) {
        this(properties, tools, json, project -> models.actives(project).stream().filter(m -> "bedrock".equals(m.trainer()))
                .filter(m -> m.inferenceTarget() != null).findFirst());
    }

    BedrockProvider(AssistantProperties properties, ToolBox tools, JsonMapper json,
            Function<String, Optional<ActiveModel>> projectModel) {
        this.settings = properties.bedrock();
        this.tools = tools;
        this.json = json;
        this.projectModel = projectModel;
    }

    @Override
    public String name() {
        return "bedrock";
    }

    /** @throws IllegalStateException naming the variable to set, so a start with MERIDIAN_ASSISTANT_PROVIDER=bedrock stops */
    @Override
    public void requireSettings() {
        if (settings.region().isBlank()) {
            throw new IllegalStateException("MERIDIAN_ASSISTANT_PROVIDER=bedrock needs MERIDIAN_BEDROCK_REGION or AWS_REGION");
        }
        if (!settings.endpoint().isBlank() && !settings.endpoint().matches("https?://.+")) {
            throw new IllegalStateException("MERIDIAN_BEDROCK_ENDPOINT must be an http(s) URL, not '" + settings.endpoint() + "'");
        }
    }

    @Override
    public Answer answer(Ask ask, Consumer<String> chunks) {
        var model = model(ask.projectKey());
        var trace = new Trace();
        var messages = new ArrayList<Message>();
        turns(ask).forEach(messages::add);
        var seen = new LinkedHashSet<String>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            var reply = converse(model.id(), ask, messages, chunks);
            if (reply.toolUses().isEmpty()) {
                var text = reply.text().strip();
                var cited = seen.stream().filter(text::contains).toList();
                var project = cited.isEmpty() ? ask.projectKey() : cited.get(0).substring(0, cited.get(0).lastIndexOf('-'));
                return new Answer(text, cited, new ModelInfo("bedrock", model.id(), model.version()), "llm", trace.calls(), project, null);
            }
            var said = new ArrayList<ContentBlock>();
            if (!reply.text().isEmpty()) {
                said.add(ContentBlock.fromText(reply.text()));
            }
            var results = new ArrayList<ContentBlock>();
            for (var use : reply.toolUses()) {
                var arguments = ToolBox.arguments(use.input(), json);
                said.add(ContentBlock.fromToolUse(ToolUseBlock.builder().toolUseId(use.id()).name(use.name())
                        .input(BedrockDocuments.of(arguments)).build()));
                var result = tools.call(use.name(), arguments, ask.user(), trace);
                seen.addAll(result.keys());
                var content = json.readValue(json.writeValueAsString(result.content()), Object.class);
                results.add(ContentBlock.fromToolResult(ToolResultBlock.builder().toolUseId(use.id())
                        .status(content instanceof Map<?, ?> m && m.containsKey("error") ? ToolResultStatus.ERROR : ToolResultStatus.SUCCESS)
                        .content(ToolResultContentBlock.fromJson(BedrockDocuments.of(content))).build()));
            }
            messages.add(Message.builder().role(ConversationRole.ASSISTANT).content(said).build());
            messages.add(Message.builder().role(ConversationRole.USER).content(results).build());
        }
        throw new ProviderFailure("no answer after " + MAX_ROUNDS + " rounds of tool calls");
    }

    /** {@code version}: the registry's label of a project's model, or null for a configured base model. */
    record Model(String id, String version) {
    }

    Model model(String projectKey) {
        var trained = projectKey == null ? Optional.<ActiveModel>empty() : projectModel.apply(projectKey);
        if (trained.isPresent()) {
            return new Model(trained.get().inferenceTarget(), trained.get().label());
        }
        if (settings.modelId().isBlank()) {
            throw new ProviderFailure("no Bedrock model: " + (projectKey == null ? "this conversation has no project"
                    : projectKey + " has no active Bedrock-trained version") + " and MERIDIAN_BEDROCK_MODEL_ID is not set");
        }
        return new Model(settings.modelId(), null);
    }

    /** Bedrock wants user and assistant turns alternating, starting with the user: neighbours of one role are joined. */
    private static List<Message> turns(Ask ask) {
        var all = new ArrayList<ChatProvider.Turn>(ask.history());
        all.add(new ChatProvider.Turn("user", ask.text()));
        var messages = new ArrayList<Message>();
        String role = null;
        var text = new StringBuilder();
        for (var turn : all) {
            var r = "assistant".equals(turn.role()) ? "assistant" : "user";
            if (role == null && r.equals("assistant")) {
                continue;
            }
            if (r.equals(role)) {
                text.append("\n\n").append(turn.text());
                continue;
            }
            if (role != null) {
                messages.add(message(role, text.toString()));
            }
            role = r;
            text.setLength(0);
            text.append(turn.text());
        }
        messages.add(message(role, text.toString()));
        return messages;
    }

    private static Message message(String role, String text) {
        return Message.builder().role(role.equals("user") ? ConversationRole.USER : ConversationRole.ASSISTANT)
                .content(ContentBlock.fromText(text)).build();
    }

    private BedrockReply converse(String modelId, Ask ask, List<Message> messages, Consumer<String> chunks) {
        var request = ConverseStreamRequest.builder().modelId(modelId).messages(messages)
                .system(SystemContentBlock.fromText(OpenAiProvider.SYSTEM + ask.context()))
                .toolConfig(ToolConfiguration.builder().tools(tools.specs().stream().map(s -> Tool.fromToolSpec(
                        ToolSpecification.builder().name(s.name()).description(s.description())
                                .inputSchema(ToolInputSchema.fromJson(BedrockDocuments.of(s.parameters()))).build())).toList()).build())
                .inferenceConfig(c -> c.maxTokens(MAX_TOKENS))
                .build();
        var reply = new BedrockReply(chunks);
        var handler = ConverseStreamResponseHandler.builder().subscriber(reply.visitor()).build();
        try {
            client().converseStream(request, handler).get(settings.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ProviderFailure("no answer within " + settings.timeoutSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderFailure("interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
        return reply;
    }

    private ProviderFailure failure(Throwable cause) {
        if (cause instanceof BedrockRuntimeException e) {
            var details = e.awsErrorDetails();
            return new ProviderFailure("HTTP " + e.statusCode() + " " + (details == null ? e.getMessage()
                    : details.errorCode() + ": " + Markdown.clip(String.valueOf(details.errorMessage()), 200)), e);
        }
        if (cause instanceof SdkClientException e) {
            var where = settings.endpoint().isBlank() ? "Amazon Bedrock in " + settings.region() : settings.endpoint();
            return new ProviderFailure("cannot reach " + where + ": " + Markdown.clip(String.valueOf(e.getMessage()), 200), e);
        }
        if (cause instanceof SdkException e) {
            return new ProviderFailure(Markdown.clip(String.valueOf(e.getMessage()), 200), e);
        }
        return new ProviderFailure("the stream broke off: " + cause, cause);
    }

    private BedrockRuntimeAsyncClient client() {
        var c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    // HTTP/1.1: ConverseStream streams one way only, and HTTP/2 without TLS would need prior knowledge.
                    var builder = BedrockRuntimeAsyncClient.builder().region(Region.of(settings.region()))
                            .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1)
                                    .connectionTimeout(Duration.ofSeconds(10)))
                            // One retry: a reader is waiting, and the local assistant answers when Bedrock cannot.
                            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                    .maxAttempts(2).build()));
                    if (!settings.endpoint().isBlank()) {
                        builder.endpointOverride(URI.create(settings.endpoint()));
                    }
                    client = builder.build();
                }
                c = client;
            }
        }
        return c;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
