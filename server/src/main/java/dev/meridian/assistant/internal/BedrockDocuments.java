package dev.meridian.assistant.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.document.Document;

/** Plain JSON values (maps, lists, strings, numbers, booleans) as the SDK's {@link Document}s. */
final class BedrockDocuments {

    private BedrockDocuments() {
    }

    static Document of(Object value) {
        if (value == null) {
            return Document.fromNull();
        }
        if (value instanceof Map<?, ?> map) {
            var out = new LinkedHashMap<String, Document>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return Document.fromMap(out);
        }
        if (value instanceof Collection<?> list) {
            return Document.fromList(list.stream().map(BedrockDocuments::of).toList());
        }
        if (value instanceof Boolean b) {
            return Document.fromBoolean(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Document.fromNumber(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return Document.fromNumber(n.toString());
        }
        return Document.fromString(value.toString());
    }
}
