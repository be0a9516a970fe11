package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.BulkResult;
import dev.meridian.issues.IssueMoves;
import dev.meridian.issues.IssueView;
import dev.meridian.issues.MovePlan;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MovesController {

    private final IssueMoves moves;

    MovesController(IssueMoves moves) {
        this.moves = moves;
    }

    /**
     * Moves the issue, with its sub-tasks, to another project: {@code {"project": "OPS", "types": {"Bug": "Task"},
     * "statuses": {"In Review": "In Progress"}}}, the mappings only for what the project lacks. Answers 200 with the
     * issue under its new key.
     */
    @PostMapping("/api/v1/issues/{key}/move")
    ResponseEntity<IssueView> move(@PathVariable String key, @RequestBody(required = false) IssueMoves.Move body, CurrentUser user) {
        var moved = moves.move(key, body == null ? new IssueMoves.Move(null, null, null) : body, user);
        return ResponseEntity.ok().eTag(IssuesController.Etags.of(moved.version())).body(moved);
    }

    /**
     * What moving these issues to the project does, and the types and statuses it lacks, with their choices:
     * {@code {"keys": ["WEB-1", "WEB-2"], "project": "OPS"}}. Nothing moves.
     */
    @PostMapping("/api/v1/issues/move/plan")
    MovePlan plan(@RequestBody IssueMoves.BulkMove body, CurrentUser user) {
        return moves.plan(body, user);
    }

    /**
     * Moves these issues, each with its sub-tasks, to another project: {@code {"keys": [...], "project": "OPS",
     * "types": {...}, "statuses": {...}}}, a mapping for each type and status the project lacks. The answer lists each
     * issue as moved ({@code updated}) or refused with its problem, as a bulk edit does.
     */
    @PostMapping("/api/v1/issues/move")
    BulkResult moveAll(@RequestBody IssueMoves.BulkMove body, CurrentUser user) {
        return moves.moveAll(body, user);
    }
}
