package dev.meridian.planning.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.planning.IssueRanks;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RankController {

    private final IssueRanks ranks;

    RankController(IssueRanks ranks) {
        this.ranks = ranks;
    }

    /** {@code {"before": "KEY-2"}} or {@code {"after": "KEY-2"}}. */
    @PutMapping("/api/v1/issues/{key}/rank")
    Ranking.Moved rank(@PathVariable String key, @RequestBody RankRequest request, CurrentUser user) {
        return ranks.move(key, request.before(), request.after(), user);
    }

    record RankRequest(String before, String after) {
    }
}
