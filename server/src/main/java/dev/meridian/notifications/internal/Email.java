package dev.meridian.notifications.internal;

/** One email ready to go: queued as {@code id}, to one person, in plain text and HTML. */
record Email(long id, String to, String subject, String text, String html) {
}
