package dev.meridian.assistant.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The chat. Each setting is read from the environment variable named here (the mapping is in application.yml).
 *
 * @param provider           {@code MERIDIAN_ASSISTANT_PROVIDER} ({@code local}): {@code local} answers from the project's
 *                           own words and data, offline; {@code openai} asks an OpenAI-compatible endpoint and falls
 *                           back to {@code local} when it fails; {@code bedrock} asks Amazon Bedrock (Converse), likewise
 * @param questionsPerMinute {@code MERIDIAN_ASSISTANT_QUESTIONS_PER_MINUTE} (20): per user; more get a 429
 */
@ConfigurationProperties("meridian.assistant")
record AssistantProperties(
        @DefaultValue("local") String provider,
        @DefaultValue("20") int questionsPerMinute,
        @DefaultValue OpenAi openai,
        @DefaultValue Bedrock bedrock) {

    /**
     * An OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp server).
     *
     * @param baseUrl        {@code MERIDIAN_OPENAI_BASE_URL}, e.g. {@code http://127.0.0.1:11434/v1}
     * @param model          {@code MERIDIAN_OPENAI_MODEL}, e.g. {@code llama3.1}
     * @param apiKey         {@code MERIDIAN_OPENAI_API_KEY}: sent as a bearer token when set
     * @param timeoutSeconds {@code MERIDIAN_OPENAI_TIMEOUT_SECONDS} (60): for a whole answer
     */
    record OpenAi(@DefaultValue("") String baseUrl, @DefaultValue("") String model, @DefaultValue("") String apiKey,
            @DefaultValue("60") int timeoutSeconds) {
    }

    /**
     * Amazon Bedrock's ConverseStream, on the project's active Bedrock-trained model version when the registry has one,
     * else on {@code modelId}. Credentials come from the AWS SDK's default chain.
     *
     * @param modelId        {@code MERIDIAN_BEDROCK_MODEL_ID}: a base model or inference profile id, e.g.
     *                       {@code anthropic.claude-3-5-haiku-20241022-v1:0}, used when a project has no Bedrock model
     * @param region         {@code MERIDIAN_BEDROCK_REGION}, else {@code AWS_REGION} (us-east-1)
     * @param endpoint       {@code MERIDIAN_BEDROCK_ENDPOINT}: empty for Amazon Bedrock; or a server speaking its protocol
     * @param timeoutSeconds {@code MERIDIAN_BEDROCK_TIMEOUT_SECONDS} (60): for one model turn
     */
    record Bedrock(@DefaultValue("") String modelId, @DefaultValue("us-east-1") String region, @DefaultValue("") String endpoint,
            @DefaultValue("60") int timeoutSeconds) {
    }
}
