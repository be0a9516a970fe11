package dev.meridian.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.assistant.internal.ChatProvider.Ask;
import dev.meridian.identity.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChatFallbackTest {

    private static final Ask ASK = new Ask("how many open issues?", List.of(), "WEB", new CurrentUser(1, "a@test.local", "A", false));

    private final LocalProvider local = new LocalProvider(null, null, null, null, null, null, Clock.systemUTC()) {
        @Override
        public Answer answer(Ask ask, Consumer<String> chunks) {
            chunks.accept("There are **2** open issues.");
            return new Answer("There are **2** open issues.", List.of("WEB-1"), MODEL, "count", List.of(), "WEB", null);
        }
    };

    private Chat chat(String provider, ChatProvider other) {
        var properties = new AssistantProperties(provider, 20, new AssistantProperties.OpenAi("", "", "", 5),
                new AssistantProperties.Bedrock("", "us-east-1", "", 5));
        return new Chat(null, new QuestionRate(properties, Clock.systemUTC()), local, properties, List.of(local, other));
    }

    private static ChatProvider failing(String name) {
        return new ChatProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Answer answer(Ask ask, Consumer<String> chunks) {
                chunks.accept("Let me");
                throw new ProviderFailure("HTTP 503 overloaded");
            }
        };
    }

    @Test
    void answersLocallyWithAVisibleNoteWhenTheConfiguredProviderFails() {
        var chunks = new ArrayList<String>();
        var restarts = new ArrayList<String>();

        var answer = chat("remote", failing("remote")).answer(ASK, chunks::add, restarts::add);

        assertThat(answer.model().provider()).isEqualTo("local");
        assertThat(answer.note()).contains("remote model could not answer (HTTP 503 overloaded)");
        assertThat(restarts).containsExactly(answer.note());
        assertThat(chunks).containsExactly("Let me", "There are **2** open issues.");
    }

    @Test
    void refusesToStartWithAProviderItDoesNotKnow() {
        assertThatThrownBy(() -> chat("anthropic", failing("remote"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MERIDIAN_ASSISTANT_PROVIDER must be one of [local, remote], not 'anthropic'");
    }
}
