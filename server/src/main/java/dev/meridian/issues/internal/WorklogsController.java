package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.AdjustEstimate;
import dev.meridian.issues.NewWorklog;
import dev.meridian.issues.WorklogView;
import dev.meridian.issues.Worklogs;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work logged on one issue: {@code timeSpent} as Jira's text ("2h 30m") or {@code timeSpentSeconds}; the remaining
 * estimate moves as Jira's query parameters say ({@link AdjustEstimate}).
 */
@RestController
@RequestMapping("/api/v1/issues/{key}/worklogs")
class WorklogsController {

    private final Worklogs worklogs;

    WorklogsController(Worklogs worklogs) {
        this.worklogs = worklogs;
    }

    @GetMapping
    List<WorklogView> list(@PathVariable String key, CurrentUser user) {
        return worklogs.list(key, user);
    }

    @PostMapping
    ResponseEntity<WorklogView> log(@PathVariable String key, @RequestBody NewWorklog work, @ParameterObject AdjustEstimate estimate,
            CurrentUser user) {
        var logged = worklogs.add(key, work, estimate, user);
        return ResponseEntity.created(URI.create("/api/v1/issues/" + logged.issueKey() + "/worklogs/" + logged.id())).body(logged);
    }

    @PutMapping("/{id}")
    WorklogView edit(@PathVariable String key, @PathVariable long id, @RequestBody NewWorklog work,
            @ParameterObject AdjustEstimate estimate, CurrentUser user) {
        return worklogs.edit(key, id, work, estimate, user);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String key, @PathVariable long id, @ParameterObject AdjustEstimate estimate,
            CurrentUser user) {
        worklogs.delete(key, id, estimate, user);
        return ResponseEntity.noContent().build();
    }
}
