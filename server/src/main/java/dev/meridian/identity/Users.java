package dev.meridian.identity;

import dev.meridian.identity.internal.BrowserSessions;
import dev.meridian.platform.ConflictException;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who use Meridian. */
@Service
public class Users {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final BrowserSessions sessions;

    Users(JdbcClient jdbc, PasswordEncoder passwords, BrowserSessions sessions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    /** Site admins only, except for the very first account. */
    @Transactional
    public UserRef create(NewUser user, CurrentUser by) {
        requireSiteAdmin(by, "create users");
        return createUnchecked(user);
    }

    @Transactional
    public UserRef createUnchecked(NewUser user) {
        if (findByEmail(user.email()).isPresent()) {
            throw new ConflictException("A user with email '" + user.email() + "' already exists");
        }
        long id = jdbc.sql("insert into users (email, display_name, password_hash, site_admin) values (?, ?, ?, ?) returning id")
                .params(user.email().trim(), user.displayName().trim(), passwords.encode(user.password()), user.isSiteAdmin())
                .query(Long.class).single();
        return new UserRef(id, user.email().trim(), user.displayName().trim());
    }

    /** Everyone, deactivated people included, for site administrators. */
    public List<UserAccount> accounts(CurrentUser by) {
        requireSiteAdmin(by, "see every account");
        return jdbc.sql("select id, email, display_name, site_admin, active from users order by lower(display_name), id")
                .query(UserAccount.class).list();
    }

    /**
     * Deactivates or reactivates an account, as Jira does instead of deleting: a deactivated person cannot sign in nor
     * use their API tokens, is signed out of every browser, is not offered in pickers, and keeps their name on the issues
     * they touched.
     */
    @Transactional
    public UserAccount setActive(long id, boolean active, CurrentUser by) {
        requireSiteAdmin(by, "deactivate or reactivate accounts");
        if (id == by.id() && !active) {
            throw new ConflictException("You cannot deactivate your own account; ask another site administrator");
        }
        var account = jdbc.sql("update users set active = ? where id = ? returning id, email, display_name, site_admin, active")
                .params(active, id).query(UserAccount.class).optional()
                .orElseThrow(() -> new NotFoundException("User", id));
        if (!active) {
            sessions.endAll(id);
        }
        return account;
    }

    private static void requireSiteAdmin(CurrentUser by, String what) {
        if (!by.siteAdmin()) {
            throw new ForbiddenException("Only site administrators can " + what);
        }
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from users)").query(Boolean.class).single();
    }

    public Optional<UserRef> findByEmail(String email) {
        return jdbc.sql("select id, email, display_name from users where lower(email) = lower(?)").param(email)
                .query(UserRef.class).optional();
    }

    public UserRef require(String email) {
        return findByEmail(email).orElseThrow(() -> new NotFoundException("User", email));
    }

    public Optional<UserRef> findById(long id) {
        return jdbc.sql("select id, email, display_name from users where id = ?").param(id).query(UserRef.class).optional();
    }

    /** The person, unless their account is deactivated. */
    public Optional<UserRef> findActive(long id) {
        return jdbc.sql("select id, email, display_name from users where id = ? and active").param(id).query(UserRef.class).optional();
    }

    public Map<Long, UserRef> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, email, display_name from users where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query(UserRef.class).list().stream()
                .collect(Collectors.toMap(UserRef::id, Function.identity()));
    }

    /** People whose name or email starts with or contains the text, for pickers. */
    public List<UserRef> search(String text, int limit) {
        var pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select id, email, display_name from users where active and (lower(email) like ? or lower(display_name) like ?) order by display_name limit ?")
                .params(pattern, pattern, limit).query(UserRef.class).list();
    }
}
