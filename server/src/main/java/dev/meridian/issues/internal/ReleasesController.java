package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.Releases;
import dev.meridian.issues.VersionProgress;
import dev.meridian.projects.ProjectScheme;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}/versions")
class ReleasesController {

    private final Releases releases;

    ReleasesController(Releases releases) {
        this.releases = releases;
    }

    /** Each version with its fix-version issues by status category ({@code toDo}, {@code inProgress}, {@code done}) and unresolved. */
    @GetMapping("/progress")
    List<VersionProgress> progress(@PathVariable String key, CurrentUser user) {
        return releases.progress(key, user);
    }

    /**
     * Releases the version: {@code {"releaseDate": "2026-12-01", "moveUnresolvedTo": "2.2"}}, both optional (an undated
     * version is released today; without a version to move them to, its unresolved issues stay in it).
     */
    @PostMapping("/{name}/release")
    ProjectScheme release(@PathVariable String key, @PathVariable String name, @RequestBody(required = false) ReleaseRequest body,
            CurrentUser user) {
        var request = body == null ? new ReleaseRequest(null, null) : body;
        return releases.release(key, name, request.releaseDate(), request.moveUnresolvedTo(), user);
    }

    /** Deletes the version; its issues move to {@code moveFixIssuesTo} and {@code moveAffectsIssuesTo}, or without them lose it. */
    @DeleteMapping("/{name}")
    ProjectScheme delete(@PathVariable String key, @PathVariable String name, @RequestParam(required = false) String moveFixIssuesTo,
            @RequestParam(required = false) String moveAffectsIssuesTo, CurrentUser user) {
        return releases.delete(key, name, moveFixIssuesTo, moveAffectsIssuesTo, user);
    }

    record ReleaseRequest(LocalDate releaseDate, String moveUnresolvedTo) {
    }
}
