package dev.meridian.issues;

import dev.meridian.identity.UserRef;
import java.time.Instant;
import java.util.List;

/** One change to an issue: who, when, and each field's old and new value. */
public record HistoryEntry(Instant at, UserRef actor, List<Item> items) {

    public record Item(String field, String from, String to) {
    }
}
