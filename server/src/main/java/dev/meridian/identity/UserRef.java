package dev.meridian.identity;

/** How other modules show a person. */
public record UserRef(long id, String email, String displayName) {
}
