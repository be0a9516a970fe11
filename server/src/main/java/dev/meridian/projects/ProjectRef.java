package dev.meridian.projects;

/** A project as other modules refer to it, with the caller's role in it. */
public record ProjectRef(long id, String key, String name, Role callerRole) {
}
