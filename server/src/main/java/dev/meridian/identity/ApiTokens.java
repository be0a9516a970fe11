package dev.meridian.identity;

import dev.meridian.platform.ConflictException;
import dev.meridian.platform.InvalidInputException.FieldError;
import dev.meridian.platform.NotFoundException;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Tokens that programs use with HTTP Basic in place of a password; each owner manages their own. */
@Service
public class ApiTokens {

    private final JdbcClient jdbc;
    private final dev.meridian.identity.internal.TokenStore store;

    ApiTokens(JdbcClient jdbc, dev.meridian.identity.internal.TokenStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The secret is in the result once and never again. The owner's live tokens have names apart, case aside. */
    public CreatedToken create(CurrentUser owner, String name) {
        try {
            return store.create(owner.id(), name);
        } catch (DuplicateKeyException taken) {
            var message = "You already have a token named “" + name + "”. Choose another name or revoke that one.";
            throw new ConflictException(message).with("errors", List.of(new FieldError("name", message)));
        }
    }

    public List<ApiToken> list(CurrentUser owner) {
        return jdbc.sql("""
                select id, name, token_prefix as prefix, created_at, last_used_at from api_tokens
                where user_id = ? and revoked_at is null order by id""")
                .param(owner.id()).query(ApiToken.class).list();
    }

    public void revoke(CurrentUser owner, long tokenId) {
        int n = jdbc.sql("update api_tokens set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                .params(tokenId, owner.id()).update();
        if (n == 0) {
            throw new NotFoundException("API token", tokenId);
        }
    }

    public record CreatedToken(ApiToken token, String secret) {
    }
}
