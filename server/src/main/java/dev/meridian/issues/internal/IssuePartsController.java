package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.UserRef;
import dev.meridian.issues.CommentView;
import dev.meridian.issues.Comments;
import dev.meridian.issues.IssueLinks;
import dev.meridian.issues.IssueView.LinkView;
import dev.meridian.issues.Watchers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comments, links and watchers of one issue. */
@RestController
@RequestMapping("/api/v1/issues/{key}")
class IssuePartsController {

    private final Comments comments;
    private final IssueLinks links;
    private final Watchers watchers;

    IssuePartsController(Comments comments, IssueLinks links, Watchers watchers) {
        this.comments = comments;
        this.links = links;
        this.watchers = watchers;
    }

    @GetMapping("/comments")
    List<CommentView> comments(@PathVariable String key, CurrentUser user) {
        return comments.list(key, user);
    }

    @PostMapping("/comments")
    ResponseEntity<CommentView> comment(@PathVariable String key, @Valid @RequestBody CommentRequest request, CurrentUser user) {
        var created = comments.add(key, request.body(), user);
        return ResponseEntity.created(URI.create("/api/v1/issues/" + created.issueKey() + "/comments/" + created.id())).body(created);
    }

    @PutMapping("/comments/{id}")
    CommentView editComment(@PathVariable String key, @PathVariable long id, @Valid @RequestBody CommentRequest request,
            CurrentUser user) {
        return comments.edit(key, id, request.body(), user);
    }

    @DeleteMapping("/comments/{id}")
    ResponseEntity<Void> deleteComment(@PathVariable String key, @PathVariable long id, CurrentUser user) {
        comments.delete(key, id, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/links")
    List<LinkView> links(@PathVariable String key, CurrentUser user) {
        return links.list(key, user);
    }

    @PostMapping("/links")
    List<LinkView> link(@PathVariable String key, @Valid @RequestBody NewLink request, CurrentUser user) {
        return links.link(key, request.type(), request.issue(), user);
    }

    @DeleteMapping("/links/{id}")
    ResponseEntity<Void> unlink(@PathVariable String key, @PathVariable long id, CurrentUser user) {
        links.unlink(key, id, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/watchers")
    List<UserRef> watchers(@PathVariable String key, CurrentUser user) {
        return watchers.list(key, user);
    }

    /** Without {@code email}, the caller starts watching. */
    @PostMapping("/watchers")
    List<UserRef> watch(@PathVariable String key, @RequestParam(required = false) String email, CurrentUser user) {
        return watchers.watch(key, email, user);
    }

    @DeleteMapping("/watchers")
    List<UserRef> unwatch(@PathVariable String key, @RequestParam(required = false) String email, CurrentUser user) {
        return watchers.unwatch(key, email, user);
    }

    record CommentRequest(@NotBlank String body) {
    }

    /** {@code type}: "blocks", "is blocked by", "duplicates", "is duplicated by", "relates to", "clones", "is cloned by". */
    record NewLink(@NotBlank String type, @NotBlank String issue) {
    }
}
