package dev.meridian.notifications.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.notifications.Reason;
import dev.meridian.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own choice of what Meridian emails them; the inbox keeps every notification whatever they choose. */
@RestController
@RequestMapping("/api/v1/myself/notification-settings")
class NotificationSettingsController {

    /**
     * {@code email}: whether to email at all; {@code reasons}: each reason ({@code assigned}, {@code mentioned},
     * {@code created}, {@code commented}, {@code commentEdited}, {@code workLogged}, {@code updated}, {@code deleted})
     * emailed or not; {@code serverSendsEmail}: false when this server sends no
     * email at all ({@code MERIDIAN_MAIL=off}).
     */
    record NotificationSettings(boolean email, Map<String, Boolean> reasons, boolean serverSendsEmail) {
    }

    /** {@code reasons}: those named are set, the others stay as they were. */
    record NotificationSettingsChange(Boolean email, Map<String, Boolean> reasons) {
    }

    private final EmailChoices choices;
    private final boolean serverSendsEmail;

    NotificationSettingsController(EmailChoices choices, MailProperties mail) {
        this.choices = choices;
        this.serverSendsEmail = mail.delivery() != MailProperties.Delivery.OFF;
    }

    @GetMapping
    NotificationSettings get(CurrentUser me) {
        return settings(choices.of(me.id()));
    }

    @PutMapping
    NotificationSettings put(@RequestBody NotificationSettingsChange change, CurrentUser me) {
        if (change.email() == null) {
            throw new InvalidInputException("email", "Say whether Meridian should email you: true or false");
        }
        var muted = EnumSet.noneOf(Reason.class);
        muted.addAll(choices.of(me.id()).muted());
        var errors = new ArrayList<InvalidInputException.FieldError>();
        var known = Arrays.stream(Reason.values()).map(Reason::wire).collect(Collectors.joining(", "));
        (change.reasons() == null ? Map.<String, Boolean>of() : change.reasons()).forEach((wire, on) -> {
            var reason = Reason.find(wire);
            if (reason.isEmpty()) {
                errors.add(new InvalidInputException.FieldError("reasons." + wire, "No such reason; the reasons are " + known));
            } else if (on == null) {
                errors.add(new InvalidInputException.FieldError("reasons." + wire, "Say whether to email it: true or false"));
            } else if (on) {
                muted.remove(reason.get());
            } else {
                muted.add(reason.get());
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var choice = new EmailChoices.Choice(change.email(), muted);
        choices.save(me.id(), choice);
        return settings(choice);
    }

    private NotificationSettings settings(EmailChoices.Choice choice) {
        var reasons = new LinkedHashMap<String, Boolean>();
        for (var reason : Reason.values()) {
            reasons.put(reason.wire(), !choice.muted().contains(reason));
        }
        return new NotificationSettings(choice.email(), reasons, serverSendsEmail);
    }
}
