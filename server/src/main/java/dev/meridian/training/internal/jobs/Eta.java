package dev.meridian.training.internal.jobs;

/**
 * Time left from the pace so far, damped: a job's phases run at different paces (reading, embedding, saving), and the
 * raw figure would leap at each change. Each estimate moves a third of the way from the previous one (counted down by
 * the time since) to the raw one.
 */
final class Eta {

    private static final double WEIGHT = 1.0 / 3;

    private Double seconds;
    private double at;

    /** Seconds left at {@code percent} done after {@code elapsed} seconds; null until 5 % gives a pace to go by. */
    Integer at(int percent, double elapsed) {
        if (percent < 5) {
            return null;
        }
        double raw = elapsed * (100 - percent) / percent;
        if (seconds == null) {
            seconds = raw;
        } else {
            double expected = Math.max(0, seconds - (elapsed - at));
            seconds = expected + WEIGHT * (raw - expected);
        }
        at = elapsed;
        return percent >= 100 ? 0 : (int) Math.ceil(seconds);
    }
}
