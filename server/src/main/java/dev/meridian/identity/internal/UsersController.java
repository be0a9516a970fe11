package dev.meridian.identity.internal;

import dev.meridian.identity.ApiToken;
import dev.meridian.identity.ApiTokens;
import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.NewUser;
import dev.meridian.identity.UserAccount;
import dev.meridian.identity.UserRef;
import dev.meridian.identity.Users;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UsersController {

    private final Users users;
    private final ApiTokens tokens;

    UsersController(Users users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/users")
    ResponseEntity<UserRef> create(@Valid @RequestBody NewUser user, CurrentUser by) {
        var created = users.create(user, by);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/users")
    List<UserRef> search(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "20") int limit,
            CurrentUser by) {
        return users.search(query, Math.max(1, Math.min(limit, 100)));
    }

    /** Every account with whether it is a site admin and active; site administrators only. */
    @GetMapping("/api/v1/users/accounts")
    List<UserAccount> accounts(CurrentUser by) {
        return users.accounts(by);
    }

    /** {@code {"active": false}} deactivates the account, {@code true} reactivates it; site administrators only. */
    @PatchMapping("/api/v1/users/{id}")
    UserAccount change(@PathVariable long id, @Valid @RequestBody AccountChange change, CurrentUser by) {
        return users.setActive(id, change.active(), by);
    }

    @GetMapping("/api/v1/myself")
    CurrentUser myself(CurrentUser me) {
        return me;
    }

    @GetMapping("/api/v1/myself/tokens")
    List<ApiToken> tokens(CurrentUser me) {
        return tokens.list(me);
    }

    @PostMapping("/api/v1/myself/tokens")
    ResponseEntity<ApiTokens.CreatedToken> createToken(@Valid @RequestBody TokenRequest request, CurrentUser me) {
        var created = tokens.create(me, request.name().trim());
        return ResponseEntity.created(URI.create("/api/v1/myself/tokens/" + created.token().id())).body(created);
    }

    @DeleteMapping("/api/v1/myself/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, CurrentUser me) {
        tokens.revoke(me, id);
        return ResponseEntity.noContent().build();
    }

    record AccountChange(@NotNull(message = "send true to reactivate the account or false to deactivate it") Boolean active) {
    }

    record TokenRequest(@NotBlank(message = "name the token, e.g. after the script that will use it")
            @Size(max = 100, message = "must be at most 100 characters") String name) {
    }
}
