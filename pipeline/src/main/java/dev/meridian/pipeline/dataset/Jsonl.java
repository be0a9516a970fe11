package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.event.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** JSON Lines: one compact JSON value per line, UTF-8, each line ending in a newline. */
public final class Jsonl {

    private Jsonl() {
    }

    static byte[] write(List<?> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object value : values) {
            out.writeBytes(Json.MAPPER.writeValueAsBytes(value));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** The records of a JSONL file, one string each; blank lines are skipped. */
    public static List<String> lines(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }
}
