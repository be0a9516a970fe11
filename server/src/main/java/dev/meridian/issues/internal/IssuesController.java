package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.BulkEdits;
import dev.meridian.issues.BulkResult;
import dev.meridian.issues.HistoryEntry;
import dev.meridian.issues.IssueQuery;
import dev.meridian.issues.IssueColumn;
import dev.meridian.issues.IssueLanes;
import dev.meridian.issues.IssueSummary;
import dev.meridian.issues.IssueView;
import dev.meridian.issues.Issues;
import dev.meridian.issues.NewIssue;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.Page;
import dev.meridian.platform.PageRequest;
import dev.meridian.projects.ProjectAccess;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/issues")
class IssuesController {

    /** The most cards one board column may ask for. */
    private static final int MAX_COLUMN = 500;

    private final Issues issues;
    private final IssuePatchReader patches;
    private final BulkEdits bulkEdits;
    private final BulkChangeReader bulkReader;
    private final ProjectAccess access;

    IssuesController(Issues issues, IssuePatchReader patches, BulkEdits bulkEdits, BulkChangeReader bulkReader, ProjectAccess access) {
        this.issues = issues;
        this.patches = patches;
        this.bulkEdits = bulkEdits;
        this.bulkReader = bulkReader;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<IssueAnswer> create(@Valid @RequestBody NewIssue issue, CurrentUser user) {
        var created = issues.create(issue, user);
        return answer(ResponseEntity.created(URI.create("/api/v1/issues/" + created.key())), created, user);
    }

    @GetMapping
    Page<IssueSummary> list(@RequestParam(required = false) String project, @RequestParam(required = false) String status,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) String externalId,
            @RequestParam(required = false) String text, @RequestParam(required = false) String type,
            @RequestParam(required = false) String label, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, CurrentUser user) {
        return issues.list(new IssueQuery(project, status, assignee, externalId, text, type, label), PageRequest.of(page, size), user);
    }

    /**
     * A project's board in one request: each status of its workflow in order with its total (with and without the
     * filters) and its first {@code size} issues in rank order; {@code columnSize=Done:200} (repeatable) asks one column
     * for more. Filters as for the list.
     */
    @GetMapping("/columns")
    List<IssueColumn> columns(@RequestParam String project, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String text, @RequestParam(required = false) String type,
            @RequestParam(required = false) String label, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> columnSize, CurrentUser user) {
        var sizes = new java.util.LinkedHashMap<String, Integer>();
        for (var column : columnSize == null ? List.<String>of() : columnSize) {
            int colon = column.lastIndexOf(':');
            Integer n = colon > 0 ? parseSize(column.substring(colon + 1)) : null;
            if (n == null) {
                throw new InvalidInputException("columnSize", "write a status and a size from 1 to " + MAX_COLUMN + ", as Done:200 (got " + column + ")");
            }
            sizes.put(column.substring(0, colon).trim(), n);
        }
        if (size != null && (size < 1 || size > MAX_COLUMN)) {
            throw new InvalidInputException("size", "must be from 1 to " + MAX_COLUMN);
        }
        return issues.columns(new IssueQuery(project, null, assignee, null, text, type, label), size == null ? 50 : size, sizes, user);
    }

    /**
     * The board in swimlanes, in one request: {@code by=assignee} or {@code by=epic}; the columns' totals, and each lane
     * holding an issue (the one without a value last, id {@code none}) with each status's total and first {@code size}
     * issues in rank order; {@code cellSize=<lane id>/<status>:200} (repeatable) asks one cell for more. Filters as for
     * the columns.
     */
    @GetMapping("/lanes")
    IssueLanes lanes(@RequestParam String project, @RequestParam String by, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String text, @RequestParam(required = false) String type,
            @RequestParam(required = false) String label, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> cellSize, CurrentUser user) {
        if (!by.equalsIgnoreCase("assignee") && !by.equalsIgnoreCase("epic")) {
            throw new InvalidInputException("by", "must be assignee or epic (got " + by + ")");
        }
        if (size != null && (size < 1 || size > MAX_COLUMN)) {
            throw new InvalidInputException("size", "must be from 1 to " + MAX_COLUMN);
        }
        var sizes = new java.util.LinkedHashMap<String, java.util.Map<String, Integer>>();
        for (var cell : cellSize == null ? List.<String>of() : cellSize) {
            int slash = cell.indexOf('/');
            int colon = cell.lastIndexOf(':');
            Integer n = slash > 0 && colon > slash + 1 ? parseSize(cell.substring(colon + 1)) : null;
            if (n == null) {
                throw new InvalidInputException("cellSize",
                        "write a lane, a status and a size from 1 to " + MAX_COLUMN + ", as none/Done:200 (got " + cell + ")");
            }
            sizes.computeIfAbsent(cell.substring(0, slash), lane -> new java.util.HashMap<>())
                    .put(cell.substring(slash + 1, colon).trim().toLowerCase(java.util.Locale.ROOT), n);
        }
        return issues.lanes(new IssueQuery(project, null, assignee, null, text, type, label), by.equalsIgnoreCase("epic"),
                size == null ? 20 : size, sizes, user);
    }

    private static Integer parseSize(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            return n >= 1 && n <= MAX_COLUMN ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * One change for many issues: {@code {"keys": [...], "set": {"status": "Done"}, "addLabels": [], "removeLabels": []}}.
     * Each issue changes on its own; the answer lists each one as updated, unchanged or failed with its problem.
     */
    @PostMapping("/bulk")
    BulkResult bulk(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = BulkChangeReader.Body.class)))
            @RequestBody JsonNode body, CurrentUser user) {
        return bulkEdits.apply(bulkReader.read(body), user);
    }

    @GetMapping("/{key}")
    ResponseEntity<IssueAnswer> get(@PathVariable String key, CurrentUser user) {
        return answer(ResponseEntity.ok(), issues.get(key, user), user);
    }

    /** Fields present change, {@code null} clears; send the {@code version} you saw (or If-Match) to be told of conflicts. */
    @PatchMapping("/{key}")
    ResponseEntity<IssueAnswer> update(@PathVariable String key,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = IssuePatchReader.Fields.class)))
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
        return answer(ResponseEntity.ok(), issues.update(key, patches.read(body, Etags.version(ifMatch)), user), user);
    }

    @DeleteMapping("/{key}")
    ResponseEntity<Void> delete(@PathVariable String key, CurrentUser user) {
        issues.delete(key, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/transitions")
    ResponseEntity<IssueAnswer> transition(@PathVariable String key, @Valid @RequestBody TransitionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentUser user) {
        var version = request.version() != null ? request.version() : Etags.version(ifMatch);
        return answer(ResponseEntity.ok(), issues.transition(key, request.status(), request.resolution(), version, user), user);
    }

    @GetMapping("/{key}/history")
    List<HistoryEntry> history(@PathVariable String key, CurrentUser user) {
        return issues.history(key, user);
    }

    record TransitionRequest(@NotBlank String status, String resolution, Integer version) {
    }

    private ResponseEntity<IssueAnswer> answer(ResponseEntity.BodyBuilder builder, IssueView view, CurrentUser user) {
        var role = access.browse(view.projectKey(), user).callerRole();
        return builder.eTag(Etags.of(view.version())).body(new IssueAnswer(view, role));
    }

    /** ETags are the issue's version: {@code "7"}. */
    static final class Etags {

        private Etags() {
        }

        static String of(int version) {
            return "\"" + version + "\"";
        }

        static Integer version(String ifMatch) {
            if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
                return null;
            }
            var v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", "must be the ETag of the issue, like \"7\"");
            }
        }
    }
}
