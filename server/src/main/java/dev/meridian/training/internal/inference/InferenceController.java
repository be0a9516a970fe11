package dev.meridian.training.internal.inference;

import dev.meridian.identity.CurrentUser;
import dev.meridian.training.Draft;
import dev.meridian.training.Inference;
import dev.meridian.training.SimilarIssuesAnswer;
import dev.meridian.training.Suggestions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The active model over HTTP: similar issues, and suggestions for a draft. */
@RestController
class InferenceController {

    private final Inference inference;

    InferenceController(Inference inference) {
        this.inference = inference;
    }

    @GetMapping("/api/v1/issues/{key}/similar")
    SimilarIssuesAnswer similar(@PathVariable String key, @RequestParam(defaultValue = "10") int limit, CurrentUser user) {
        return inference.similar(key, limit, user);
    }

    @PostMapping("/api/v1/projects/{key}/suggestions")
    Suggestions suggest(@PathVariable String key, @RequestBody Draft draft, CurrentUser user) {
        return inference.suggest(key, draft, user);
    }
}
