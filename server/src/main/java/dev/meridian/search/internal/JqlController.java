package dev.meridian.search.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.search.JqlException;
import dev.meridian.search.Search;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JqlController {

    private final Search search;
    private final Autocomplete autocomplete;

    JqlController(Search search, Autocomplete autocomplete) {
        this.search = search;
        this.autocomplete = autocomplete;
    }

    record JqlText(String jql) {
    }

    record Validation(boolean valid, List<Map<String, Object>> errors) {
    }

    @GetMapping("/api/v1/jql/validate")
    Validation validate(@RequestParam(required = false) String jql, CurrentUser user) {
        checkLength(jql);
        try {
            search.validate(jql, user);
            return new Validation(true, List.of());
        } catch (JqlException e) {
            return new Validation(false, List.of(Map.of("message", e.getMessage(), "line", e.line(), "character", e.character())));
        }
    }

    @PostMapping("/api/v1/jql/validate")
    Validation validatePost(@RequestBody JqlText body, CurrentUser user) {
        return validate(body.jql(), user);
    }

    @GetMapping("/api/v1/jql/autocomplete")
    Autocomplete.Suggestions autocomplete(@RequestParam(required = false) String jql, @RequestParam(required = false) Integer cursor,
            CurrentUser user) {
        var text = jql == null ? "" : jql;
        checkLength(text);
        int at = cursor == null ? text.length() : cursor;
        if (at < 0 || at > text.length()) {
            throw new InvalidInputException("cursor", "must be between 0 and the length of jql (" + text.length() + ")");
        }
        return autocomplete.suggest(text, at, user);
    }

    @GetMapping("/api/v1/jql/reference")
    Autocomplete.Reference reference() {
        return Autocomplete.reference();
    }

    private static void checkLength(String jql) {
        if (jql != null && jql.length() > SearchController.MAX_JQL) {
            throw new InvalidInputException("jql", "must be at most " + SearchController.MAX_JQL + " characters");
        }
    }
}
