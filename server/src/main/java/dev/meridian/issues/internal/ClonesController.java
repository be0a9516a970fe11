package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.IssueClones;
import dev.meridian.issues.IssueView;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClonesController {

    private final IssueClones clones;

    ClonesController(IssueClones clones) {
        this.clones = clones;
    }

    /**
     * Clones the issue for members of its project: {@code {"summary": "...", "subtasks": true, "links": true}}, each
     * optional (the summary is then "CLONE - " and the original's). Answers 201 with the clone.
     */
    @PostMapping("/api/v1/issues/{key}/clone")
    ResponseEntity<IssueView> clone(@PathVariable String key, @RequestBody(required = false) CloneRequest body, CurrentUser user) {
        var request = body == null ? new CloneRequest(null, null, null) : body;
        var clone = clones.clone(key, new IssueClones.Clone(request.summary(), Boolean.TRUE.equals(request.subtasks()),
                Boolean.TRUE.equals(request.links())), user);
        return ResponseEntity.created(URI.create("/api/v1/issues/" + clone.key()))
                .eTag(IssuesController.Etags.of(clone.version())).body(clone);
    }

    record CloneRequest(String summary, Boolean subtasks, Boolean links) {
    }
}
