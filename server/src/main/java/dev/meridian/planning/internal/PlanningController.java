package dev.meridian.planning.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.planning.BoardConfig;
import dev.meridian.planning.Boards;
import dev.meridian.planning.SprintView;
import dev.meridian.planning.Sprints;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlanningController {

    private final Boards boards;
    private final Sprints sprints;
    private final Backlog backlog;

    PlanningController(Boards boards, Sprints sprints, Backlog backlog) {
        this.boards = boards;
        this.sprints = sprints;
        this.backlog = backlog;
    }

    @GetMapping("/api/v1/boards")
    List<BoardConfig> boards(@RequestParam(required = false) String project, CurrentUser user) {
        return boards.list(project, user);
    }

    @PostMapping("/api/v1/boards")
    ResponseEntity<BoardConfig> create(@RequestBody BoardConfig.Input input, CurrentUser user) {
        var board = boards.create(input, user);
        return ResponseEntity.created(URI.create("/api/v1/boards/" + board.id())).body(board);
    }

    @GetMapping("/api/v1/boards/{id}")
    BoardConfig board(@PathVariable long id, CurrentUser user) {
        return boards.get(id, user);
    }

    @PutMapping("/api/v1/boards/{id}")
    BoardConfig update(@PathVariable long id, @RequestBody BoardConfig.Input input, CurrentUser user) {
        return boards.update(id, input, user);
    }

    @DeleteMapping("/api/v1/boards/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        boards.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    /** {@code quickFilter}: ids of the board's quick filters to apply (all must match). */
    @GetMapping("/api/v1/boards/{id}/issues")
    Boards.BoardIssues issues(@PathVariable long id, @RequestParam(required = false) List<Long> quickFilter, CurrentUser user) {
        boards.get(id, user);
        return boards.issues(id, quickFilter, sprints.active(id), user);
    }

    @GetMapping("/api/v1/boards/{id}/backlog")
    Backlog.View backlog(@PathVariable long id, @RequestParam(required = false) List<Long> quickFilter,
            @RequestParam(required = false) String epic, CurrentUser user) {
        return backlog.of(id, quickFilter, epic, user);
    }

    @GetMapping("/api/v1/boards/{id}/sprints")
    List<SprintView> sprints(@PathVariable long id, @RequestParam(defaultValue = "true") boolean includeClosed, CurrentUser user) {
        return sprints.ofBoard(id, includeClosed, user);
    }

    @PostMapping("/api/v1/boards/{id}/sprints")
    ResponseEntity<SprintView> createSprint(@PathVariable long id, @RequestBody(required = false) SprintInput input, CurrentUser user) {
        var in = input == null ? new SprintInput(null, null, null, null) : input;
        var sprint = sprints.create(id, in.name(), in.goal(), in.startDate(), in.endDate(), user);
        return ResponseEntity.created(URI.create("/api/v1/sprints/" + sprint.id())).body(sprint);
    }

    @GetMapping("/api/v1/sprints/{id}")
    SprintView sprint(@PathVariable long id, CurrentUser user) {
        return sprints.get(id, user);
    }

    @PatchMapping("/api/v1/sprints/{id}")
    SprintView updateSprint(@PathVariable long id, @RequestBody SprintInput input, CurrentUser user) {
        return sprints.update(id, input.name(), input.goal(), input.startDate(), input.endDate(), user);
    }

    @DeleteMapping("/api/v1/sprints/{id}")
    ResponseEntity<Void> deleteSprint(@PathVariable long id, CurrentUser user) {
        sprints.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    /** {@code {"add": [keys], "remove": [keys]}}: removed issues go back to the backlog. */
    @PostMapping("/api/v1/sprints/{id}/issues")
    SprintView plan(@PathVariable long id, @RequestBody PlanInput input, CurrentUser user) {
        return sprints.plan(id, input.add(), input.remove(), user);
    }

    @PostMapping("/api/v1/sprints/{id}/start")
    SprintView start(@PathVariable long id, @RequestBody(required = false) SprintInput input, CurrentUser user) {
        var in = input == null ? new SprintInput(null, null, null, null) : input;
        return sprints.start(id, in.name(), in.goal(), in.startDate(), in.endDate(), user);
    }

    /** {@code {"moveTo": "backlog" | "next" | sprintId}} for the unfinished issues. */
    @PostMapping("/api/v1/sprints/{id}/complete")
    SprintView complete(@PathVariable long id, @RequestBody(required = false) Sprints.Completion completion, CurrentUser user) {
        return sprints.complete(id, completion, user);
    }

    record SprintInput(String name, String goal, Instant startDate, Instant endDate) {
    }

    record PlanInput(List<String> add, List<String> remove) {
    }

}
