package dev.meridian.training.internal.jobs;

import java.time.Duration;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.BedrockException;

/**
 * One Bedrock call with Meridian's own retries: throttling (429 ThrottlingException) and unreachable endpoints back off
 * exponentially (1 s doubling to 60 s, 8 attempts; the client's own retries are off so this is the one policy); any
 * other refusal fails the job with Bedrock's message. Retried creates are idempotent by their client request token.
 */
final class BedrockCalls {

    static final int ATTEMPTS = 8;
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(60);

    private final BedrockClient client;
    private final Sleeper sleeper;

    BedrockCalls(BedrockClient client, Sleeper sleeper) {
        this.client = client;
        this.sleeper = sleeper;
    }

    <T> T call(String operation, Function<BedrockClient, T> request) {
        Duration wait = FIRST;
        for (int attempt = 1; ; attempt++) {
            try {
                return request.apply(client);
            } catch (BedrockException e) {
                if (!e.isThrottlingException()) {
                    throw new Trainer.Failed("Bedrock refused " + operation + " (" + e.statusCode() + " " + code(e) + "): " + message(e));
                }
                if (attempt == ATTEMPTS) {
                    throw new Trainer.Failed("Bedrock kept throttling " + operation + " after " + ATTEMPTS + " attempts: " + message(e));
                }
            } catch (SdkClientException e) {
                if (attempt == ATTEMPTS) {
                    throw new Trainer.Failed("Bedrock could not be reached for " + operation + " after " + ATTEMPTS + " attempts: "
                            + e.getMessage());
                }
            }
            sleeper.sleep(wait);
            wait = wait.multipliedBy(2).compareTo(MAX) > 0 ? MAX : wait.multipliedBy(2);
        }
    }

    private static String code(BedrockException e) {
        return e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
    }

    private static String message(BedrockException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
    }

    /** Waits between calls; the tests' sleeper records the waits instead. */
    interface Sleeper {

        void sleep(Duration duration);

        Sleeper REAL = duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Trainer.Cancelled("the server is stopping");
            }
        };
    }
}
