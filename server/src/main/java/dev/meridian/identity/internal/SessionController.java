package dev.meridian.identity.internal;

import dev.meridian.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import dev.meridian.platform.ProblemException;

/** Browser login: a session cookie, and the CSRF token the web app sends back on every change. */
@RestController
@RequestMapping("/api/v1/session")
class SessionController {

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final BrowserSessions owners;

    SessionController(AuthenticationManager authentication, SecurityContextRepository contexts, BrowserSessions owners) {
        this.authentication = authentication;
        this.owners = owners;
        this.contexts = contexts;
    }

    @GetMapping
    SessionView current(HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var user = auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
        return new SessionView(user, csrf(request));
    }

    @PostMapping
    SessionView login(@Valid @RequestBody Login login, HttpServletRequest request, HttpServletResponse response) {
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(login.email(), login.password());
            attempt.setDetails(new WebAuthenticationDetails(request));
            var auth = authentication.authenticate(attempt);
            request.getSession(true);
            request.changeSessionId();
            owners.own(request.getSession(), (CurrentUser) auth.getPrincipal());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return new SessionView((CurrentUser) auth.getPrincipal(), csrf(request));
        } catch (LoginThrottle.TooManyFailedLogins e) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()).with("title", "Too many failed logins")
                    .with("retryAfterSeconds", e.retryAfterSeconds());
        } catch (DisabledException e) {
            // Only with the right password: the person learns why, and a guesser learns nothing.
            throw new ProblemException(HttpStatus.UNAUTHORIZED, e.getMessage()).with("title", "Account deactivated");
        } catch (AuthenticationException e) {
            // The login form asks for a password; an API token also works there, but naming it would only puzzle.
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "Email or password is wrong.");
        }
    }

    @DeleteMapping
    ResponseEntity<Void> logout(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    private static String csrf(HttpServletRequest request) {
        var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? null : token.getToken();
    }

    record Login(@NotBlank String email, @NotBlank String password) {
    }

    record SessionView(CurrentUser user, String csrfToken) {
    }
}
