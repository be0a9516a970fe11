package dev.meridian.assistant.internal;

import dev.meridian.assistant.internal.QuestionIntent.Kind;
import dev.meridian.pipeline.dataset.Jsonl;
import dev.meridian.training.DatasetSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questions people asked the assistant about a project and whose answers they rated up, with the intent that answered
 * them: the {@code feedback.jsonl} of the project's latest sealed snapshot, anonymized as the pipeline stored it. A
 * rating down says the reading was wrong but not which one is right, so it teaches nothing here.
 */
@Component
class RatedQuestions {

    private static final String FILE = "feedback.jsonl";

    private final DatasetSnapshots snapshots;
    private final JsonMapper json;

    RatedQuestions(DatasetSnapshots snapshots, JsonMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    List<IntentQuestions.Question> of(String projectKey) {
        var latest = snapshots.latest(projectKey);
        if (latest.isEmpty()) {
            return List.of();
        }
        var file = snapshots.read(projectKey, latest.get().snapshotId(), FILE);
        if (file.isEmpty()) {
            return List.of();
        }
        var questions = new ArrayList<IntentQuestions.Question>();
        for (var line : Jsonl.lines(file.get())) {
            var record = json.readTree(line);
            var question = record.path("question").asString("");
            var kind = kind(record.path("intent").asString(""));
            if ("up".equals(record.path("rating").asString("")) && !question.isBlank() && kind.isPresent()) {
                questions.add(new IntentQuestions.Question(question, kind.get(), false, true));
            }
        }
        return questions;
    }

    private static Optional<Kind> kind(String intent) {
        try {
            return intent.isBlank() ? Optional.empty() : Optional.of(Kind.valueOf(intent.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an intent of an older or newer assistant
        }
    }
}
