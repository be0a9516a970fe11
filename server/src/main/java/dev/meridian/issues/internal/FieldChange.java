package dev.meridian.issues.internal;

/** One field of one issue changed: from and to as people read them. */
record FieldChange(String field, String from, String to) {
}
