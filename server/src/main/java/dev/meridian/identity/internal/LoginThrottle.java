package dev.meridian.identity.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Guessing a password is slowed down: after {@value #FAILURES} failed logins for one email from one address within
 * 15 minutes, that email's password is refused from that address until the oldest failure is 15 minutes old; its API
 * tokens still work. Keyed by both, so a stranger guessing cannot lock the owner out from elsewhere. Counted in the
 * database, so every server of it (and a restarted one) counts the same failures.
 */
@Component
class LoginThrottle {

    static final int FAILURES = 10;

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws TooManyFailedLogins while the email is refused from the request's address */
    void check(Authentication attempt) {
        var now = Instant.now(clock);
        var recent = jdbc.sql("select failed_at from failed_logins where attempt_key = ? and failed_at > ?"
                        + " order by failed_at desc limit ?")
                .params(key(attempt), Timestamp.from(now.minus(WINDOW)), FAILURES)
                .query(Timestamp.class).list();
        if (recent.size() >= FAILURES) {
            var wait = Duration.between(now, recent.get(FAILURES - 1).toInstant().plus(WINDOW));
            throw new TooManyFailedLogins(wait.toSeconds() + 1);
        }
    }

    void failed(Authentication attempt) {
        var now = Instant.now(clock);
        jdbc.sql("delete from failed_logins where failed_at <= ?").param(Timestamp.from(now.minus(WINDOW))).update();
        jdbc.sql("insert into failed_logins (attempt_key, failed_at) values (?, ?)").params(key(attempt), Timestamp.from(now)).update();
    }

    void succeeded(Authentication attempt) {
        jdbc.sql("delete from failed_logins where attempt_key = ?").param(key(attempt)).update();
    }

    private static String key(Authentication attempt) {
        var address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        return String.valueOf(attempt.getPrincipal()).trim().toLowerCase(Locale.ROOT) + " " + address;
    }

    /** Not a wrong password: the attempt was not checked at all. */
    static final class TooManyFailedLogins extends AuthenticationServiceException {

        private final long retryAfterSeconds;

        TooManyFailedLogins(long retryAfterSeconds) {
            super("Too many failed logins for this email from this address. Wait " + minutes(retryAfterSeconds)
                    + ", then try again.");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        private static String minutes(long seconds) {
            long minutes = (seconds + 59) / 60;
            return minutes == 1 ? "a minute" : minutes + " minutes";
        }
    }
}
