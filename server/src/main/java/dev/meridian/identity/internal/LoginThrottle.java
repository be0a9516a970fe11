package dev.meridian.identity.internal;

import dev.meridian.platform.RecentCounts;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Guessing a password is slowed down: after {@value #FAILURES} failed logins for one email from one address within
 * 15 minutes, that email's password is refused from that address until the oldest failure is 15 minutes old; its API
 * tokens still work. Keyed by both, so a stranger guessing cannot lock the owner out from elsewhere. In this server's
 * memory, like the assistant's limit.
 */
@Component
class LoginThrottle {

    static final int FAILURES = 10;

    private final RecentCounts<String> failures;

    LoginThrottle(Clock clock) {
        this.failures = new RecentCounts<>(FAILURES, Duration.ofMinutes(15), clock);
    }

    /** @throws TooManyFailedLogins while the email is refused from the request's address */
    void check(Authentication attempt) {
        var wait = failures.waitFor(key(attempt));
        if (!wait.isZero()) {
            throw new TooManyFailedLogins(wait.toSeconds() + 1);
        }
    }

    void failed(Authentication attempt) {
        failures.take(key(attempt));
    }

    void succeeded(Authentication attempt) {
        failures.forget(key(attempt));
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
