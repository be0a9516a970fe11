package dev.meridian.identity.internal;

import dev.meridian.identity.CurrentUser;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class AccountDetails {

    private final JdbcClient jdbc;

    AccountDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deactivated accounts too: the right password for one is told that the account is deactivated. */
    Optional<Account> byEmail(String email) {
        return jdbc.sql("select id, email, display_name, site_admin, password_hash, active from users where lower(email) = lower(?)")
                .param(email).query(Account.class).optional();
    }

    Optional<CurrentUser> byId(long id) {
        return jdbc.sql("select id, email, display_name, site_admin from users where id = ? and active")
                .param(id).query(CurrentUser.class).optional();
    }

    record Account(long id, String email, String displayName, boolean siteAdmin, String passwordHash, boolean active) {
        CurrentUser user() {
            return new CurrentUser(id, email, displayName, siteAdmin);
        }
    }
}
