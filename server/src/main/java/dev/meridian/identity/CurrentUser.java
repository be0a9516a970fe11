package dev.meridian.identity;

import java.io.Serializable;

/** The authenticated caller. Controllers receive it as a parameter; services decide with it. */
public record CurrentUser(long id, String email, String displayName, boolean siteAdmin) implements Serializable {

    public UserRef ref() {
        return new UserRef(id, email, displayName);
    }
}
