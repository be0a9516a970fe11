package dev.meridian.identity;

/** A user as site administrators manage them; a deactivated one cannot sign in and is not offered in pickers. */
public record UserAccount(long id, String email, String displayName, boolean siteAdmin, boolean active) {
}
