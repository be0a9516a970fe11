package dev.meridian.issues;

import dev.meridian.platform.InvalidInputException;
import java.util.Locale;

/**
 * Jira's query parameters for what work logged, changed or deleted does to the remaining estimate:
 * {@code adjustEstimate=auto} moves it by the time logged (the default), {@code leave} keeps it, {@code new} sets it to
 * {@code newEstimate}, and {@code manual} takes {@code reduceBy} from it when logging or adds {@code increaseBy} to it
 * when deleting (changing logged work takes auto, leave or new, as in Jira). Durations are Jira's text ("2d 4h").
 */
public record AdjustEstimate(String adjustEstimate, String newEstimate, String reduceBy, String increaseBy) {

    EstimateAdjustment whenLogging() {
        var mode = mode("auto, leave, new or manual");
        if (mode.equals("manual")) {
            return new EstimateAdjustment.MoveBy(-duration("reduceBy", reduceBy, "how much to take from the remaining estimate"));
        }
        return common(mode);
    }

    EstimateAdjustment whenEditing() {
        var mode = mode("auto, leave or new");
        if (mode.equals("manual")) {
            throw new InvalidInputException("adjustEstimate", "changing logged work adjusts the estimate with auto, leave or new,"
                    + " as in Jira; manual is for logging or deleting work");
        }
        return common(mode);
    }

    EstimateAdjustment whenDeleting() {
        var mode = mode("auto, leave, new or manual");
        if (mode.equals("manual")) {
            return new EstimateAdjustment.MoveBy(duration("increaseBy", increaseBy, "how much to add to the remaining estimate"));
        }
        return common(mode);
    }

    private EstimateAdjustment common(String mode) {
        return switch (mode) {
            case "leave" -> new EstimateAdjustment.Leave();
            case "new" -> new EstimateAdjustment.SetTo(duration("newEstimate", newEstimate, "what the remaining estimate becomes"));
            default -> new EstimateAdjustment.Auto();
        };
    }

    private String mode(String choices) {
        var mode = adjustEstimate == null || adjustEstimate.isBlank() ? "auto" : adjustEstimate.strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("auto") && !mode.equals("leave") && !mode.equals("new") && !mode.equals("manual")) {
            throw new InvalidInputException("adjustEstimate",
                    "'" + adjustEstimate.strip() + "' is not a way to adjust the estimate; use " + choices);
        }
        return mode;
    }

    private static long duration(String field, String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "say " + what + ". " + WorkDuration.HINT);
        }
        var seconds = WorkDuration.parse(text);
        if (seconds.isEmpty()) {
            throw new InvalidInputException(field, WorkDuration.notADuration(text));
        }
        return seconds.getAsLong();
    }
}
