package dev.meridian.identity.internal;

import java.util.Optional;
import dev.meridian.identity.CurrentUser;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Email with either the account password or one of the account's API tokens, as Jira Cloud accepts them. */
@Component
class CredentialsAuthenticationProvider implements AuthenticationProvider {

    private static final String FAILED = "Email, password or API token is wrong";
    static final String DEACTIVATED = "This account is deactivated. A site administrator can reactivate it.";
    // Compared against when the email is unknown, so a miss costs the same time as a wrong password.
    private final String decoyHash;
    private final AccountDetails accounts;
    private final TokenStore tokens;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;

    CredentialsAuthenticationProvider(AccountDetails accounts, TokenStore tokens, PasswordEncoder passwords, LoginThrottle throttle) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.throttle = throttle;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var email = String.valueOf(authentication.getPrincipal());
        var secret = String.valueOf(authentication.getCredentials());
        // A token cannot be guessed, so scripts using one keep working while somebody guesses the password.
        if (TokenSecrets.looksLikeToken(secret)) {
            return tokens.authenticate(email, secret).flatMap(accounts::byId).map(CredentialsAuthenticationProvider::authenticated)
                    .orElseThrow(() -> new BadCredentialsException(FAILED));
        }
        throttle.check(authentication);
        var user = byPassword(email, secret);
        if (user.isEmpty()) {
            throttle.failed(authentication);
            throw new BadCredentialsException(FAILED);
        }
        throttle.succeeded(authentication);
        if (!user.get().active()) {
            throw new DisabledException(DEACTIVATED);
        }
        return authenticated(user.get().user());
    }

    /** The account whose password this is, deactivated or not. */
    private Optional<AccountDetails.Account> byPassword(String email, String password) {
        var account = accounts.byEmail(email);
        var matches = passwords.matches(password, account.map(AccountDetails.Account::passwordHash).orElse(decoyHash));
        return account.filter(a -> matches);
    }

    static Authentication authenticated(CurrentUser user) {
        var authorities = user.siteAdmin()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_SITE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
