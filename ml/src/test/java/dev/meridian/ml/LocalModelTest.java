package dev.meridian.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalModelTest {

    private final SyntheticProject project = new SyntheticProject();
    private final Embedder embedder = new HashingEmbedder();
    private final IssueDocument draft = IssueDocument.draft("Upgrade netty to fix CVE", "Bump netty dependency.");

    @Test
    void savedModelPredictsExactlyWhatTheTrainedOneDid(@TempDir Path dir) throws Exception {
        var trained = LocalModel.train(project.issues, project.links, List.of("priority"), embedder, "v1");
        var file = dir.resolve("model.zip");

        trained.save(file);
        var loaded = LocalModel.load(file);

        assertThat(loaded.metadata()).isEqualTo(trained.metadata());
        assertThat(loaded.suggest(draft, embedder)).isEqualTo(trained.suggest(draft, embedder));
        assertThat(loaded.similarIssues(project.issues, embedder).similarTo("B3", 5))
                .isEqualTo(trained.similarIssues(project.issues, embedder).similarTo("B3", 5));
        assertThat(LocalModel.readMetadata(file).version()).isEqualTo("v1");
    }

    @Test
    void answersADraftWithSuggestionsAndDuplicatesEmbeddingItOnce() {
        var model = LocalModel.train(project.issues, project.links, List.of("priority"), embedder, "v1");
        var similar = model.similarIssues(project.issues, embedder);
        var texts = new java.util.ArrayList<String>();
        var counting = new Embedder() {
            @Override
            public String name() {
                return embedder.name();
            }

            @Override
            public int dimension() {
                return embedder.dimension();
            }

            @Override
            public List<float[]> embed(List<String> batch) {
                texts.addAll(batch);
                return embedder.embed(batch);
            }
        };

        var answer = model.answer(draft, similar, 5, counting);

        assertThat(texts).hasSize(2);
        assertThat(answer.fields()).isEqualTo(model.suggest(draft, embedder));
        assertThat(answer.duplicates()).hasSize(5).isEqualTo(similar.similarTo(draft, 5));
    }

    @Test
    void trainsATinyProjectWhoseIssuesAllFallInTheHeldOutPart() {
        var heldOut = java.util.stream.IntStream.range(1, 500).mapToObj(i -> "T-" + i)
                .filter(key -> dev.meridian.ml.learn.HeldOut.contains(key, 20)).limit(2)
                .map(key -> new IssueDocument(key, "Disk " + key + " is full", "", null, java.util.Map.of("priority", "Major")))
                .toList();

        var model = LocalModel.train(heldOut, List.of(), List.of("priority"), embedder, "v1");

        assertThat(model.metadata().metrics()).isEmpty();
        assertThat(model.suggest(draft, embedder)).extracting(FieldSuggestion::field).containsExactly("priority");
    }

    @Test
    void recordsChecksumAndHeldOutMetricsBesideTheirBaselines() {
        var model = LocalModel.train(project.issues, project.links, List.of("priority"), embedder, "v1");

        assertThat(model.metadata().dataChecksum()).startsWith("sha256:");
        assertThat(model.metadata().metrics()).containsKeys("triage.priority.macroF1",
                "triage.priority.majorityMacroF1");
        assertThat(model.metadata().mode()).isEqualTo("full");
        assertThat(LocalModel.train(project.issues, project.links, List.of("priority"), embedder, "v2")
                .metadata().dataChecksum()).isEqualTo(model.metadata().dataChecksum());
    }

    @Test
    void warmStartRecordsItsParentAndKeepsPredicting() {
        var old = project.issues.subList(0, 70);
        var previous = LocalModel.train(old, project.links.subList(0, 14), List.of("priority"), embedder, "v1");

        var next = previous.warmStart(project.issues, project.issues.subList(70, 100), project.links.subList(14, 20),
                project.links, embedder, "v2");

        assertThat(next.metadata().mode()).isEqualTo("incremental");
        assertThat(next.metadata().parentVersion()).isEqualTo("v1");
        assertThat(next.suggest(draft, embedder)).singleElement()
                .satisfies(s -> assertThat(s.field()).isEqualTo("priority"));
    }

    @Test
    void similarIssuesFollowEditsAndFindTheDuplicateOfADraft() {
        var model = LocalModel.train(project.issues, project.links, List.of("priority"), embedder, "v1");
        var similar = model.similarIssues(project.issues, embedder);

        similar.remove("A3");
        similar.put(new IssueDocument("N1", "Kafka consumer hangs on rebalance", "", SyntheticProject.START, null));

        assertThat(similar.similarTo("B3", 20)).extracting(SimilarIssue::key).doesNotContain("A3", "B3");
        assertThat(similar.similarTo(IssueDocument.draft("kafka consumer hangs", ""), 1))
                .extracting(SimilarIssue::key).containsExactly("N1");
    }

    @Test
    void refusesAnEncoderItWasNotTrainedWith() {
        var model = LocalModel.train(project.issues, project.links, List.of("priority"), embedder, "v1");
        var other = new Embedder() {
            public String name() {
                return "other";
            }

            public int dimension() {
                return 64;
            }

            public List<float[]> embed(List<String> texts) {
                return embedder.embed(texts);
            }
        };

        assertThatThrownBy(() -> model.suggest(draft, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hashing-64");
    }
}
