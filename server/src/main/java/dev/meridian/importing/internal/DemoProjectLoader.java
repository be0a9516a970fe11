package dev.meridian.importing.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo project on the first start, as the site administrator, unless turned off. */
@Component
@Order(1)
class DemoProjectLoader implements ApplicationRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoProjectLoader.class);

    private final DemoProject demo;
    private final Users users;
    private final boolean enabled;
    private final String adminEmail;

    DemoProjectLoader(DemoProject demo, Users users, @Value("${meridian.bootstrap.demo-project}") boolean enabled,
            @Value("${meridian.bootstrap.admin-email}") String adminEmail) {
        this.demo = demo;
        this.users = users;
        this.enabled = enabled;
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        try {
            users.findByEmail(adminEmail).ifPresent(admin ->
                    demo.create(new CurrentUser(admin.id(), admin.email(), admin.displayName(), true)));
        } catch (RuntimeException e) {
            // Meridian is usable without its demo; the import rolled back whole, so the next start tries again.
            log.error("Could not load the demo project; it will be tried again at the next start", e);
        }
    }
}
