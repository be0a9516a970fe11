package dev.meridian.notifications.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.projects.ProjectAccess;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller watching a whole project, and so told of every issue created in it. Anyone who may browse the project may
 * watch it, viewers too; for anyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/projects/{key}/watch")
class ProjectWatchController {

    record Watching(boolean watching) {
    }

    private final ProjectWatchers watchers;
    private final ProjectAccess access;

    ProjectWatchController(ProjectWatchers watchers, ProjectAccess access) {
        this.watchers = watchers;
        this.access = access;
    }

    @GetMapping
    Watching get(@PathVariable String key, CurrentUser me) {
        return new Watching(watchers.watching(access.browse(key, me).key(), me.id()));
    }

    @PutMapping
    Watching watch(@PathVariable String key, CurrentUser me) {
        watchers.watch(access.browse(key, me).key(), me.id());
        return new Watching(true);
    }

    @DeleteMapping
    Watching unwatch(@PathVariable String key, CurrentUser me) {
        watchers.unwatch(access.browse(key, me).key(), me.id());
        return new Watching(false);
    }
}
