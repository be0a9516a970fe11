package dev.meridian.planning.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.planning.Reports;
import dev.meridian.platform.ReaderZone;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sprint and board reports. The board reports count calendar days of the reader's time zone, {@code zone} (an IANA name
 * such as America/Los_Angeles; UTC when not given).
 */
@RestController
class ReportsController {

    private final Reports reports;

    ReportsController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/sprints/{id}/burndown")
    Burndown.Report burndown(@PathVariable long id, @RequestParam(defaultValue = "points") String by, CurrentUser user) {
        return reports.burndown(id, Statistic.named(by), user);
    }

    @GetMapping("/api/v1/sprints/{id}/burnup")
    Burnup.Report burnup(@PathVariable long id, @RequestParam(defaultValue = "points") String by, CurrentUser user) {
        return reports.burnup(id, Statistic.named(by), user);
    }

    @GetMapping("/api/v1/boards/{id}/reports/velocity")
    Velocity.Report velocity(@PathVariable long id, @RequestParam(defaultValue = "points") String by, CurrentUser user) {
        return reports.velocity(id, Statistic.named(by), user);
    }

    @GetMapping("/api/v1/boards/{id}/reports/cumulative-flow")
    Flow.CumulativeFlow cumulativeFlow(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) LocalDate today, @RequestParam(required = false) String zone, CurrentUser user) {
        return reports.cumulativeFlow(id, period, from, to, today, ReaderZone.of(zone), user);
    }

    @GetMapping("/api/v1/boards/{id}/reports/created-resolved")
    Flow.CreatedResolved createdResolved(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) LocalDate today, @RequestParam(required = false) String zone, CurrentUser user) {
        return reports.createdResolved(id, period, from, to, today, ReaderZone.of(zone), user);
    }

    @GetMapping("/api/v1/boards/{id}/reports/cycle-time")
    Flow.Histogram cycleTime(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) LocalDate today, @RequestParam(required = false) String zone, CurrentUser user) {
        return reports.cycleTime(id, period, from, to, today, ReaderZone.of(zone), user);
    }
}
