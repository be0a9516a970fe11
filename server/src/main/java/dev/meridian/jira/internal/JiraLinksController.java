package dev.meridian.jira.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.identity.Users;
import dev.meridian.issues.Comments;
import dev.meridian.issues.IssueLinks;
import dev.meridian.issues.Issues;
import dev.meridian.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Jira's issue links and link types ({@code /issueLink}, {@code /issueLinkType}) and its user search. */
@RestController
@RequestMapping("/rest/api/2")
@Tag(name = "Jira-compatible API")
class JiraLinksController {

    private final IssueLinks links;
    private final Issues issues;
    private final Users users;
    private final Comments comments;

    JiraLinksController(IssueLinks links, Issues issues, Users users, Comments comments) {
        this.links = links;
        this.comments = comments;
        this.issues = issues;
        this.users = users;
    }

    /** As in Jira: the outward issue is the source ("outwardIssue blocks inwardIssue"); answers 201 with no body. */
    @PostMapping("/issueLink")
    @ResponseStatus(HttpStatus.CREATED)
    void link(@RequestBody LinkRequest request, CurrentUser user) {
        if (request.type() == null || (blank(request.type().name()) && blank(request.type().id()))) {
            throw new InvalidInputException("issuelinks", "give the link type: \"type\": {\"name\": \"Blocks\"}");
        }
        var from = key(request.outwardIssue(), "outwardIssue", user);
        var to = key(request.inwardIssue(), "inwardIssue", user);
        var comment = request.comment() == null ? null : request.comment().get("body");
        if (request.comment() != null && (!(comment instanceof String text) || text.isBlank())) {
            throw new InvalidInputException("comment", "a link's comment needs a body of text: \"comment\": {\"body\": \"...\"}");
        }
        links.link(from, typeName(request.type()), to, user);
        if (comment != null) {
            comments.add(from, (String) comment, user);
        }
    }

    @GetMapping("/issueLinkType")
    Map<String, Object> types() {
        var base = JiraShapes.forThisRequest();
        return Map.of("issueLinkTypes", links.types().stream().map(type -> {
            var shape = new LinkedHashMap<String, Object>();
            shape.put("id", String.valueOf(type.id()));
            shape.put("name", type.name());
            shape.put("inward", type.inward());
            shape.put("outward", type.outward());
            shape.put("self", base.url("/rest/api/2/issueLinkType/" + type.id()));
            return shape;
        }).toList());
    }

    /** Jira Server asks by {@code username}, Jira Cloud by {@code query}: either matches names and emails. */
    @GetMapping("/user/search")
    List<Map<String, Object>> users(@RequestParam(required = false) String username, @RequestParam(required = false) String query,
            @RequestParam(defaultValue = "50") int maxResults) {
        var text = !blank(query) ? query : username;
        if (blank(text)) {
            throw new InvalidInputException("query", "give the text to look for: ?query=ada (or ?username=ada)");
        }
        return users.search(text.trim(), Math.max(1, Math.min(maxResults, 1000))).stream().map(JiraShapes::user).toList();
    }

    private String typeName(LinkType type) {
        if (!blank(type.name())) {
            return type.name();
        }
        return links.types().stream().filter(t -> String.valueOf(t.id()).equals(type.id().trim())).findFirst()
                .map(IssueLinks.Type::name)
                .orElseThrow(() -> new InvalidInputException("issuelinks", "no issue link type has id " + type.id()));
    }

    private String key(LinkedIssue issue, String field, CurrentUser user) {
        var idOrKey = issue == null ? null : !blank(issue.key()) ? issue.key() : issue.id();
        if (blank(idOrKey)) {
            throw new InvalidInputException("issuelinks", "give the " + field + " by its key: \"" + field + "\": {\"key\": \"PROJ-1\"}");
        }
        return JiraIssuesController.key(issues, idOrKey.trim(), user);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    record LinkRequest(LinkType type, LinkedIssue inwardIssue, LinkedIssue outwardIssue, Map<String, Object> comment) {
    }

    record LinkType(String id, String name, String inward, String outward, String self) {
    }

    record LinkedIssue(String id, String key, String self) {
    }
}
