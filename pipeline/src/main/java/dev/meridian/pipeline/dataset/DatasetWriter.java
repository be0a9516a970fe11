package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.anonymize.Anonymizer;
import dev.meridian.pipeline.anonymize.Pseudonyms;
import dev.meridian.pipeline.anonymize.Redactions;
import dev.meridian.pipeline.anonymize.Roster;
import dev.meridian.pipeline.event.ChangeEvent;
import dev.meridian.pipeline.event.ChangeType;
import dev.meridian.pipeline.event.IssueImage;
import dev.meridian.pipeline.event.LinkImage;
import dev.meridian.pipeline.records.BedrockRules;
import dev.meridian.pipeline.records.TrainingRecords;
import dev.meridian.pipeline.store.ObjectStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns one project's events into stored training data, in an order that makes every step safe to repeat:
 * skip events already processed, anonymize, fold into the remembered issue state, build and validate records,
 * write the shards, commit them with their index, and only then remember the event ids as processed.
 */
public final class DatasetWriter {

    private static final int FIRST_WORDS_KEPT = 16;

    private final ObjectStore store;
    private final WorkerState state;
    private final Pseudonyms pseudonyms;
    private final Set<String> optedOutProjects;
    private final Anonymizer anonymizer = new Anonymizer();
    private final TrainingRecords records = new TrainingRecords();
    private final PartBuilder.Factory parts;
    private final Map<String, Roster.FirstWords> firstWords = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public DatasetWriter(ObjectStore store, Pseudonyms pseudonyms, Set<String> optedOutProjects, BedrockRules rules) {
        this.store = store;
        this.state = new WorkerState(store);
        this.pseudonyms = pseudonyms;
        this.optedOutProjects = Set.copyOf(optedOutProjects);
        this.parts = new PartBuilder.Factory(rules);
    }

    /**
     * One project's events. Writes of the same project in this process take turns (so pollers running side by side
     * never interleave their reads and writes of one issue's state, nor write one part twice); across processes, as
     * Lambda runs, use an SQS FIFO queue with the project as message group.
     */
    public ProjectOutcome write(String project, Collection<ChangeEvent> events) {
        return write(project, events, Map.of());
    }

    /** {@code parsed}: issue images the caller has already read out of (some of) these events. */
    public ProjectOutcome write(String project, Collection<ChangeEvent> events, Map<ChangeEvent, IssueImage> parsed) {
        ReentrantLock lock = locks.computeIfAbsent(project, key -> new ReentrantLock());
        lock.lock();
        try {
            return writeAlone(project, events, parsed);
        } finally {
            lock.unlock();
        }
    }

    private ProjectOutcome writeAlone(String project, Collection<ChangeEvent> events, Map<ChangeEvent, IssueImage> parsed) {
        List<ChangeEvent> fresh = events.stream()
                .filter(event -> !state.processed(project, event.eventId()))
                .collect(Collectors.toMap(ChangeEvent::eventId, e -> e, (a, b) -> a, LinkedHashMap::new))
                .values().stream().sorted(Comparator.comparingLong(ChangeEvent::eventId)).toList();
        int duplicates = events.size() - fresh.size();
        ProjectState before = state.project(project);
        ProjectState consent = fresh.stream().filter(e -> e.type() == ChangeType.PROJECT_CREATED || e.type() == ChangeType.PROJECT_UPDATED)
                .reduce(before, (s, e) -> s.withConsent(e.eventId(), e.project().trainingAllowed()), (a, b) -> b);
        if (!consent.trainingAllowed() || optedOutProjects.contains(project)) {
            if (!consent.equals(before)) {
                state.save(project, consent.trainingAllowed() ? consent : consent.withRoster(Map.of()));
            }
            // also when this batch comes again after a purge that failed half-way (opted-out events stay unmarked)
            if (!consent.trainingAllowed() && fresh.stream().anyMatch(DatasetWriter::turnsTrainingOff)) {
                ProjectPurge.purge(store, project);
            }
            return new ProjectOutcome(project, fresh.size(), duplicates, true, Map.of(), 0, Map.of(), List.of());
        }
        Roster roster = new Roster(pseudonyms, consent.roster(), firstWords.get(project));
        Map<ChangeEvent, IssueImage> images = new IdentityHashMap<>();
        fresh.forEach(event -> learnPeople(event, roster, images, parsed));
        Redactions redactions = new Redactions();
        PartBuilder part = parts.start(project, fresh);
        issueEvents(project, fresh).forEach((issueKey, issueEvents) -> {
            IssueState issue = state.issue(project, issueKey).orElse(IssueState.empty(issueKey));
            IssueState updated = withoutSupersededImages(issueEvents).stream()
                    .reduce(issue, (s, e) -> apply(issueKey, s, e, images, roster, redactions), (a, b) -> b);
            if (!updated.equals(issue)) {
                state.save(project, updated);
            }
            part.add(updated);
        });
        latestRatings(fresh).forEach(event -> part.add(
                records.feedback(project, anonymizer.feedback(event.feedback(), roster, redactions)), event.eventId()));
        List<String> written = part.writeTo(store, redactions);
        ProjectState now = state.project(project);
        if (now.projectEventId() > consent.projectEventId() && !now.trainingAllowed()) {
            // training was turned off by a batch running beside this one: what this one wrote goes too
            ProjectPurge.purge(store, project);
            return new ProjectOutcome(project, fresh.size(), duplicates, true, Map.of(), 0, Map.of(), List.of());
        }
        ProjectState after = consent.withRoster(roster.digests());
        if (!after.equals(before)) {
            state.save(project, after);
        }
        state.markProcessed(project, fresh.stream().map(ChangeEvent::eventId).toList());
        keep(project, roster.firstWords());
        return new ProjectOutcome(project, fresh.size(), duplicates, false, part.recordsByTask(), part.rejected(),
                redactions.asMap(), written);
    }

    private static boolean turnsTrainingOff(ChangeEvent event) {
        return (event.type() == ChangeType.PROJECT_CREATED || event.type() == ChangeType.PROJECT_UPDATED)
                && !event.project().trainingAllowed();
    }

    /** For the project's next batch; a few projects' worth, the busiest ones in practice. */
    private void keep(String project, Roster.FirstWords answers) {
        if (firstWords.size() >= FIRST_WORDS_KEPT && !firstWords.containsKey(project)) {
            firstWords.clear();
        }
        firstWords.put(project, answers);
    }

    /** Events by the issue they change; a link event changes both of its issues (those of this project). */
    private static Map<String, List<ChangeEvent>> issueEvents(String project, List<ChangeEvent> events) {
        Map<String, List<ChangeEvent>> byIssue = new LinkedHashMap<>();
        for (ChangeEvent event : events) {
            if (event.type() == ChangeType.LINK_CREATED || event.type() == ChangeType.LINK_DELETED) {
                LinkImage link = event.link();
                Stream.of(link.outwardKey(), link.inwardKey()).filter(key -> key != null && key.startsWith(project + "-"))
                        .distinct().forEach(key -> byIssue.computeIfAbsent(key, k -> new ArrayList<>()).add(event));
            } else if (event.issueKey() != null) {
                byIssue.computeIfAbsent(event.issueKey(), k -> new ArrayList<>()).add(event);
            }
        }
        return byIssue;
    }

    /** Ratings of answers, only the batch's last one per answer (a rating replaces the one before). */
    private static java.util.Collection<ChangeEvent> latestRatings(List<ChangeEvent> events) {
        Map<Long, ChangeEvent> latest = new LinkedHashMap<>();
        events.stream().filter(event -> event.type() == ChangeType.ASSISTANT_FEEDBACK)
                .forEach(event -> latest.put(event.feedback().messageId(), event));
        return latest.values();
    }

    /**
     * Coalescing: every issue event carries the whole issue, so only the batch's last one decides its image; the
     * earlier ones need not be anonymized at all. Comment events are all kept (each names one comment).
     */
    private static List<ChangeEvent> withoutSupersededImages(List<ChangeEvent> issueEvents) {
        ChangeEvent last = null;
        for (ChangeEvent event : issueEvents) {
            if (isIssueImage(event)) {
                last = event;
            }
        }
        ChangeEvent decisive = last;
        return issueEvents.stream().filter(event -> !isIssueImage(event) || event == decisive).toList();
    }

    private static boolean isIssueImage(ChangeEvent event) {
        return event.type() == ChangeType.ISSUE_CREATED || event.type() == ChangeType.ISSUE_UPDATED
                || event.type() == ChangeType.ISSUE_DELETED;
    }

    /** Also keeps each issue image read, so that it is read from its JSON once. */
    private static void learnPeople(ChangeEvent event, Roster roster, Map<ChangeEvent, IssueImage> images,
                                    Map<ChangeEvent, IssueImage> parsed) {
        switch (event.type()) {
            case ISSUE_CREATED, ISSUE_UPDATED -> {
                IssueImage known = parsed.get(event);
                IssueImage image = known != null ? known : event.issue();
                images.put(event, image);
                roster.add(image.assignee());
                roster.add(image.reporter());
            }
            case COMMENT_ADDED, COMMENT_UPDATED -> roster.add(event.comment().author());
            default -> { }
        }
    }

    private IssueState apply(String issueKey, IssueState issue, ChangeEvent event, Map<ChangeEvent, IssueImage> images,
            Roster roster, Redactions redactions) {
        return switch (event.type()) {
            case ISSUE_CREATED, ISSUE_UPDATED -> {
                IssueImage image = images.computeIfAbsent(event, ChangeEvent::issue);
                List<IssueState.LinkEntry> links = image.links().stream().filter(link -> link.id() != null && link.key() != null)
                        .map(link -> new IssueState.LinkEntry(link.id(), event.eventId(), link.type(), link.direction(), link.key()))
                        .toList();
                yield issue.withIssue(event.eventId(), anonymizer.issue(image, roster, redactions), image.deleted(), links);
            }
            case LINK_CREATED, LINK_DELETED -> {
                LinkImage link = event.link();
                boolean outward = issueKey.equals(link.outwardKey());
                boolean removed = event.type() == ChangeType.LINK_DELETED || link.deleted();
                yield issue.withLink(new IssueState.LinkEntry(link.id(), event.eventId(), link.type(), outward ? "outward" : "inward",
                        removed ? null : outward ? link.inwardKey() : link.outwardKey()));
            }
            case ISSUE_DELETED -> issue.withIssue(event.eventId(), null, true);
            case COMMENT_ADDED, COMMENT_UPDATED -> event.comment().deleted()
                    ? issue.withComment(event.eventId(), event.comment().id(), null)
                    : issue.withComment(event.eventId(), event.comment().id(), anonymizer.comment(event.comment(), roster, redactions));
            case COMMENT_DELETED -> issue.withComment(event.eventId(), event.comment().id(), null);
            default -> issue;
        };
    }
}
