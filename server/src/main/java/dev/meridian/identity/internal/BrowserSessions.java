package dev.meridian.identity.internal;

import dev.meridian.identity.CurrentUser;
import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Whose browser sessions are whose. Spring Session indexes a session by its principal's name, which for Meridian's
 * principal would be the whole {@link CurrentUser} written out (too long for its column with a long name or email, so
 * the login failed); the index holds the person's id instead, by which their sessions are found and ended.
 */
@Component
public class BrowserSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    BrowserSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    void own(HttpSession session, CurrentUser user) {
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, String.valueOf(user.id()));
    }

    /** Signs the person out of every browser: each session's next request is anonymous. */
    public void endAll(long userId) {
        sessions.findByPrincipalName(String.valueOf(userId)).keySet().forEach(sessions::deleteById);
    }
}
