package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.WorkedOn;
import dev.meridian.issues.WorkedOnIssues;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own recent work on issues, for the web app's My work → Worked on. */
@RestController
class WorkedOnController {

    private final WorkedOnIssues workedOn;

    WorkedOnController(WorkedOnIssues workedOn) {
        this.workedOn = workedOn;
    }

    /**
     * The issues the caller created, edited, commented on or logged work on in the last {@code days} days (1–90, 30 by
     * default), newest first, each with what they last did and when; at most 100, only those they may still see.
     */
    @GetMapping("/api/v1/myself/worked-on")
    List<WorkedOn> list(@RequestParam(defaultValue = "30") int days, CurrentUser user) {
        return workedOn.recent(days, user);
    }
}
