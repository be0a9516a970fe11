package dev.meridian.assistant.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;

/**
 * One ConverseStream turn as it arrives: text deltas go to the reader at once; a tool use is put together from its
 * block start (id, name) and the input's JSON fragments in later deltas of the same block.
 */
final class BedrockReply {

    record ToolUse(String id, String name, String input) {
    }

    private final Consumer<String> chunks;
    private final StringBuilder text = new StringBuilder();
    private final Map<Integer, String[]> uses = new TreeMap<>();
    private volatile String stopReason;

    BedrockReply(Consumer<String> chunks) {
        this.chunks = chunks;
    }

    ConverseStreamResponseHandler.Visitor visitor() {
        return ConverseStreamResponseHandler.Visitor.builder()
                .onContentBlockStart(e -> {
                    var use = e.start() == null ? null : e.start().toolUse();
                    if (use != null) {
                        uses.put(e.contentBlockIndex(), new String[] {use.toolUseId(), use.name(), ""});
                    }
                })
                .onContentBlockDelta(e -> {
                    var delta = e.delta();
                    if (delta.text() != null && !delta.text().isEmpty()) {
                        text.append(delta.text());
                        chunks.accept(delta.text());
                    }
                    if (delta.toolUse() != null && delta.toolUse().input() != null) {
                        uses.computeIfAbsent(e.contentBlockIndex(), i -> new String[] {"tool-" + i, "", ""})[2] += delta.toolUse().input();
                    }
                })
                .onMessageStop(e -> stopReason = e.stopReasonAsString())
                .build();
    }

    String text() {
        return text.toString();
    }

    /** The tools the model asked for; none when it answered. */
    List<ToolUse> toolUses() {
        var list = new ArrayList<ToolUse>();
        uses.values().forEach(u -> list.add(new ToolUse(u[0], u[1], u[2])));
        return list;
    }

    String stopReason() {
        return stopReason;
    }
}
