package dev.meridian.training.internal;

import dev.meridian.events.Outbox;
import dev.meridian.identity.CurrentUser;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.platform.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the training-data flow stands: what waits in the outbox, on the queue, and in the dead-letter queue, and how
 * fresh the stored training data is.
 */
@RestController
class PipelineStatusController {

    private final Outbox outbox;
    private final Queue queue;
    private final Freshness freshness;

    PipelineStatusController(Outbox outbox, Queue queue, Freshness freshness) {
        this.outbox = outbox;
        this.queue = queue;
        this.freshness = freshness;
    }

    @GetMapping("/api/v1/pipeline/status")
    PipelineStatus status(CurrentUser user) {
        if (!user.siteAdmin()) {
            throw new ForbiddenException("Only site administrators can see the pipeline");
        }
        var stats = queue.stats();
        return new PipelineStatus(outbox.backlog(), new PipelineStatus.QueueFigures(stats.visible(), stats.inFlight(),
                stats.oldestVisibleAge().map(d -> d.toMillis() / 1000.0).orElse(0.0), stats.deadLetters()), freshness.figures());
    }

    record PipelineStatus(Outbox.Backlog outbox, QueueFigures queue, Freshness.Figures freshness) {

        record QueueFigures(long visible, long inFlight, double oldestVisibleSeconds, long deadLetters) {
        }
    }
}
