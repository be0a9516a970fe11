package dev.meridian.assistant.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.projects.ProjectAccess;
import dev.meridian.search.JqlException;
import dev.meridian.search.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NaturalSearchController {

    private static final Logger log = LoggerFactory.getLogger(NaturalSearchController.class);
    private static final int MAX_TEXT = 1_000;

    private final LexiconReader lexicon;
    private final ProjectAccess access;
    private final Search search;

    NaturalSearchController(LexiconReader lexicon, ProjectAccess access, Search search) {
        this.lexicon = lexicon;
        this.access = access;
        this.search = search;
    }

    record SearchQuestion(String text, String project) {
    }

    /** A question in plain words → the JQL it means, with what each phrase became; {@code jql} null when nothing was understood. */
    @PostMapping("/api/v1/assistant/jql")
    @Transactional(readOnly = true)
    NaturalSearch.Reading toJql(@RequestBody SearchQuestion question, CurrentUser user) {
        if (question.text() == null || question.text().isBlank() || question.text().length() > MAX_TEXT) {
            throw new InvalidInputException("text", "ask in 1 to " + MAX_TEXT + " characters, e.g. \"my open bugs from last week\"");
        }
        var project = question.project() == null || question.project().isBlank() ? null : access.browse(question.project(), user).key();
        var reading = NaturalSearch.read(question.text(), lexicon.read(user), project);
        if (reading.jql() != null) {
            try {
                search.validate(reading.jql(), user);
            } catch (JqlException e) {
                // A reading built from the caller's own lexicon is valid JQL; if not, say nothing rather than guess.
                log.warn("Natural-language search built invalid JQL {} for {}: {}", reading.jql(), question.text(), e.getMessage());
                return new NaturalSearch.Reading(null, reading.interpretation(), reading.unmatched());
            }
        }
        return reading;
    }
}
