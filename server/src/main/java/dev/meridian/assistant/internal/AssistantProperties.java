package dev.meridian.assistant.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The chat. Each setting is read from the environment variable named here (the mapping is in application.yml).
 *
 * @param provider           {@code MERIDIAN_ASSISTANT_PROVIDER} ({@code local}): {@code local} answers from the project's
 *                           own words and data, offline; {@code openai} asks an OpenAI-compatible endpoint and falls
 *                           back to {@code local} when it fails
 * @param questionsPerMinute {@code MERIDIAN_ASSISTANT_QUESTIONS_PER_MINUTE} (20): per user; more get a 429
 */
@ConfigurationProperties("meridian.assistant")
record AssistantProperties(
        @DefaultValue("local") String provider,
        @DefaultValue("20") int questionsPerMinute,
        @DefaultValue OpenAi openai) {

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
}
