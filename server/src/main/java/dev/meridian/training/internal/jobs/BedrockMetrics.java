package dev.meridian.training.internal.jobs;

import dev.meridian.pipeline.dataset.Jsonl;
import dev.meridian.pipeline.store.ObjectStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.bedrock.model.GetModelCustomizationJobResponse;

/**
 * The losses of a finished Bedrock job, read through the object store from what Bedrock writes under the job's output
 * URI ({@code model-customization-job-<id>/training_artifacts/step_wise_training_metrics.csv} and
 * {@code validation_artifacts/…/validation_metrics.csv}: step, epoch, loss, perplexity per row); the last step counts.
 * When the files are not there, the figures {@code GetModelCustomizationJob} returned are used.
 */
final class BedrockMetrics {

    private BedrockMetrics() {
    }

    static Map<String, Double> read(ObjectStore store, String outputKey, GetModelCustomizationJobResponse job) {
        var metrics = new TreeMap<String, Double>();
        var keys = store.list(outputKey);
        lastRow(store, keys, "step_wise_training_metrics.csv").ifPresent(row -> {
            put(metrics, "trainingLoss", row.get("training_loss"));
            put(metrics, "trainingPerplexity", row.get("perplexity"));
        });
        lastRow(store, keys, "validation_metrics.csv").ifPresent(row -> {
            put(metrics, "validationLoss", row.get("validation_loss"));
            put(metrics, "validationPerplexity", row.get("perplexity"));
        });
        if (!metrics.containsKey("trainingLoss") && job.trainingMetrics() != null && job.trainingMetrics().trainingLoss() != null) {
            metrics.put("trainingLoss", decimal(job.trainingMetrics().trainingLoss()));
        }
        if (!metrics.containsKey("validationLoss") && job.hasValidationMetrics() && !job.validationMetrics().isEmpty()
                && job.validationMetrics().get(0).validationLoss() != null) {
            metrics.put("validationLoss", decimal(job.validationMetrics().get(0).validationLoss()));
        }
        return metrics;
    }

    private static Optional<Map<String, String>> lastRow(ObjectStore store, List<String> keys, String fileName) {
        return keys.stream().filter(key -> key.endsWith("/" + fileName)).findFirst().flatMap(store::get).flatMap(bytes -> {
            var lines = Jsonl.lines(bytes);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            var header = lines.get(0).split(",");
            var values = lines.get(lines.size() - 1).split(",");
            var row = new TreeMap<String, String>();
            for (int i = 0; i < Math.min(header.length, values.length); i++) {
                row.put(header[i].strip(), values[i].strip());
            }
            return Optional.of(row);
        });
    }

    /** Bedrock's losses are 32-bit floats: 0.9, not 0.8999999761581421. */
    private static double decimal(Float value) {
        return Double.parseDouble(value.toString());
    }

    private static void put(Map<String, Double> metrics, String name, String value) {
        if (value != null) {
            try {
                metrics.put(name, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                // a column Bedrock left empty
            }
        }
    }
}
