package dev.meridian.pipeline.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * How messages go onto an SQS FIFO queue ({@code .fifo}): one message group per project, so SQS hands a project's
 * messages out in order and never to two receivers (two Lambda invocations) at once — no worker can then write an
 * older version of an issue over a newer one. The deduplication id is the body's SHA-256: a change event the relay
 * sends twice (a crash between send and cursor) within SQS's five-minute window is dropped by SQS itself.
 */
final class FifoGroups {

    static final String FIFO_SUFFIX = ".fifo";
    /** The group of a message that names no project (not a change event). */
    static final String NO_PROJECT = "-";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FifoGroups() {
    }

    static boolean isFifo(String queueNameOrUrl) {
        return queueNameOrUrl.endsWith(FIFO_SUFFIX);
    }

    /** The top-level {@code projectKey} of a change event; read without parsing its after-image. */
    static String group(String body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return NO_PROJECT;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("projectKey") && value == JsonToken.VALUE_STRING && !parser.getString().isBlank()) {
                    return parser.getString();
                }
                parser.skipChildren();
            }
            return NO_PROJECT;
        } catch (RuntimeException notJson) {
            return NO_PROJECT;
        }
    }

    static String deduplicationId(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
