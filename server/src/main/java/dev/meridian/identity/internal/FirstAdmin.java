package dev.meridian.identity.internal;

import dev.meridian.identity.NewUser;
import dev.meridian.identity.Users;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start, creates the site administrator; a generated password is printed once and never stored in clear. */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Users users;
    private final String email;
    private final String password;

    FirstAdmin(Users users, @Value("${meridian.bootstrap.admin-email}") String email,
            @Value("${meridian.bootstrap.admin-password}") String password) {
        this.users = users;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.any()) {
            return;
        }
        var generated = password.isBlank();
        var secret = generated ? generatePassword() : password;
        users.createUnchecked(new NewUser(email, "Administrator", secret, true));
        if (generated) {
            log.warn("""

                    ================================================================
                    Meridian created the site administrator:
                        email:    {}
                        password: {}
                    This password is shown only this once. Set MERIDIAN_ADMIN_PASSWORD to choose your own.
                    ================================================================""", email, secret);
        } else {
            log.info("Created site administrator {}", email);
        }
    }

    private static String generatePassword() {
        var bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
