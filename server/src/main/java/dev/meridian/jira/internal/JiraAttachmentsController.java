package dev.meridian.jira.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.Attachments;
import dev.meridian.issues.Issues;
import dev.meridian.platform.ForbiddenException;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Jira's attachments: uploaded to an issue (form part {@code file}, one or more), and the upload limit. */
@RestController
@Tag(name = "Jira-compatible API")
class JiraAttachmentsController {

    private final Issues issues;
    private final Attachments attachments;

    JiraAttachmentsController(Issues issues, Attachments attachments) {
        this.issues = issues;
        this.attachments = attachments;
    }

    @GetMapping("/rest/api/2/attachment/meta")
    Map<String, Object> meta() {
        return Map.of("enabled", true, "uploadLimit", attachments.limitBytes());
    }

    /** As in Jira, only with the header {@code X-Atlassian-Token: no-check}; answers the files added. */
    @PostMapping(path = "/rest/api/2/issue/{idOrKey}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<Map<String, Object>> attach(@PathVariable String idOrKey, @RequestHeader(name = "X-Atlassian-Token", required = false) String token,
            @RequestParam("file") List<MultipartFile> files, CurrentUser user) {
        if (!"no-check".equalsIgnoreCase(token)) {
            throw new ForbiddenException("XSRF check failed: send the header X-Atlassian-Token: no-check with an upload, as Jira requires");
        }
        var shapes = JiraShapes.forThisRequest();
        return attachments.add(JiraIssuesController.key(issues, idOrKey, user), files, user).stream().map(shapes::attachment).toList();
    }
}
