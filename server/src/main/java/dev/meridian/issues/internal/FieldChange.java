package dev.meridian.issues.internal;

/** One field of one issue changed: from and to as people read them, and as ids where the field refers to a row. */
record FieldChange(String field, String from, String to, Long fromId, Long toId) {

    FieldChange(String field, String from, String to) {
        this(field, from, to, null, null);
    }
}
