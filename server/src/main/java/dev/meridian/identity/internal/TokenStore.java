package dev.meridian.identity.internal;

import dev.meridian.identity.ApiToken;
import dev.meridian.identity.ApiTokens.CreatedToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class TokenStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    TokenStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CreatedToken create(long userId, String name) {
        var secret = TokenSecrets.generate();
        var prefix = secret.substring(0, 10);
        var now = Instant.now(clock);
        long id = jdbc.sql("insert into api_tokens (user_id, name, token_hash, token_prefix, created_at) values (?, ?, ?, ?, ?) returning id")
                .params(userId, name, TokenSecrets.hash(secret), prefix, java.sql.Timestamp.from(now))
                .query(Long.class).single();
        return new CreatedToken(new ApiToken(id, name, prefix, now, null), secret);
    }

    /** The owner's user id when the token is live and belongs to the given email. */
    Optional<Long> authenticate(String email, String secret) {
        var hit = jdbc.sql("""
                select t.id as token_id, u.id as user_id, t.last_used_at from api_tokens t join users u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and u.active and lower(u.email) = lower(?)""")
                .params(TokenSecrets.hash(secret), email).query(Hit.class).optional();
        hit.filter(h -> h.lastUsedAt() == null || h.lastUsedAt().isBefore(Instant.now(clock).minusSeconds(60)))
                .ifPresent(h -> jdbc.sql("update api_tokens set last_used_at = now() where id = ?").param(h.tokenId()).update());
        return hit.map(Hit::userId);
    }

    private record Hit(long tokenId, long userId, Instant lastUsedAt) {
    }
}
