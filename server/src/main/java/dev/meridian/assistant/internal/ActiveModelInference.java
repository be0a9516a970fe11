package dev.meridian.assistant.internal;

import dev.meridian.assistant.ModelInference;
import dev.meridian.identity.CurrentUser;
import dev.meridian.training.Inference;
import dev.meridian.training.NoActiveModelException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The chat's similar issues from the project's active model version (training module); none while nothing is trained. */
@Component
class ActiveModelInference implements ModelInference {

    private final Inference inference;

    ActiveModelInference(Inference inference) {
        this.inference = inference;
    }

    @Override
    public Optional<Similar> similar(String issueKey, int limit, CurrentUser caller) {
        try {
            var answer = inference.similar(issueKey, limit, caller);
            return Optional.of(new Similar(answer.issueKey(), answer.modelVersion(), answer.issues().stream()
                    .map(issue -> new Scored(issue.key(), issue.summary(), issue.status(), issue.score())).toList()));
        } catch (NoActiveModelException untrained) {
            return Optional.empty();
        }
    }
}
