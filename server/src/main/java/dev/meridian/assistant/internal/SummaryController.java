package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.Summarizer.Summary;
import dev.meridian.identity.CurrentUser;
import dev.meridian.platform.ReaderZone;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Summarize on the issue view: the description and comment thread in a few lines, as the caller sees it. */
@RestController
class SummaryController {

    private final Summarizer summarizer;

    SummaryController(Summarizer summarizer) {
        this.summarizer = summarizer;
    }

    /**
     * {@code {"text", "citations", "model"}}, times written in the reader's {@code zone} (UTC when missing); 404 when the
     * caller cannot see the issue. Reads only, writes nothing.
     */
    @PostMapping("/api/v1/issues/{key}/summary")
    Summary summarize(@PathVariable String key, @RequestParam(required = false) String zone, CurrentUser user) {
        return summarizer.summarize(key, ReaderZone.of(zone), user);
    }
}
