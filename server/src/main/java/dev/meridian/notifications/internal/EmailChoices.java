package dev.meridian.notifications.internal;

import dev.meridian.notifications.Reason;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What each person wants emailed, in PostgreSQL: everything until they say otherwise. */
@Component
class EmailChoices {

    /** Whether to email at all, and the reasons not to email about. */
    record Choice(boolean email, Set<Reason> muted) {

        static final Choice EVERYTHING = new Choice(true, Set.of());

        boolean wants(Reason reason) {
            return email && !muted.contains(reason);
        }
    }

    private final JdbcClient jdbc;

    EmailChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Choice of(long userId) {
        return jdbc.sql("select email, email_muted from notification_settings where user_id = ?").param(userId)
                .query((rs, n) -> new Choice(rs.getBoolean("email"), reasons((String[]) rs.getArray("email_muted").getArray())))
                .optional().orElse(Choice.EVERYTHING);
    }

    void save(long userId, Choice choice) {
        var muted = choice.muted().stream().map(Reason::wire).sorted().toArray(String[]::new);
        jdbc.sql("""
                insert into notification_settings (user_id, email, email_muted) values (?, ?, ?)
                on conflict (user_id) do update set email = excluded.email, email_muted = excluded.email_muted""")
                .params(userId, choice.email(), muted).update();
    }

    /** A reason no longer known (renamed or removed) is left out rather than failing the read. */
    private static Set<Reason> reasons(String[] wires) {
        var reasons = EnumSet.noneOf(Reason.class);
        Arrays.stream(wires).map(Reason::find).flatMap(Optional::stream).forEach(reasons::add);
        return reasons;
    }
}
