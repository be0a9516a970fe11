package dev.meridian.training.internal.jobs;

import dev.meridian.identity.CurrentUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Training jobs: project admins start and cancel them, members watch them. */
@RestController
class JobsController {

    private final TrainingJobs jobs;
    private final TrainingTriggers triggers;

    JobsController(TrainingJobs jobs, TrainingTriggers triggers) {
        this.jobs = jobs;
        this.triggers = triggers;
    }

    /** {@code kind} defaults to {@code triage-duplicates}, {@code mode} to {@code full}. */
    record StartJob(String project, String kind, String mode) {
    }

    @PostMapping("/api/v1/training/jobs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    TrainingJob start(@RequestBody StartJob body, CurrentUser user) {
        return jobs.start(body.project(), body.kind(), body.mode(), user);
    }

    @GetMapping("/api/v1/training/jobs/{id}")
    TrainingJob get(@PathVariable long id, CurrentUser user) {
        return jobs.get(id, user);
    }

    @GetMapping("/api/v1/training/jobs")
    List<TrainingJob> list(@RequestParam String project, CurrentUser user) {
        return jobs.list(project, user);
    }

    @PostMapping("/api/v1/training/jobs/{id}/cancel")
    TrainingJob cancel(@PathVariable long id, CurrentUser user) {
        return jobs.cancel(id, user);
    }

    /** Issues created or changed since the active model was trained, and its age: what the triggers look at. */
    @GetMapping("/api/v1/training/staleness")
    TrainingTriggers.Staleness staleness(@RequestParam String project, CurrentUser user) {
        return triggers.staleness(project, user);
    }
}
