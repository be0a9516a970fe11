package dev.meridian.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One project's issues as rows for COPY, with the history a tracker accumulates: issues created evenly over the
 * window (the older, the likelier done), status changes along the default workflow, assignments and re-assignments,
 * resolutions, comments, watchers, components, fix and affects versions. Deterministic for a given seed.
 */
final class SyntheticIssues {

    private static final List<String> OPEN = List.of("To Do", "To Do", "To Do", "To Do", "To Do", "In Progress",
            "In Progress", "In Progress", "In Review", "In Review");
    private static final List<String> RESOLUTIONS = List.of("Done", "Done", "Done", "Done", "Done", "Done", "Done",
            "Done", "Done", "Done", "Done", "Done", "Done", "Done", "Done", "Won't Do", "Won't Do", "Duplicate", "Duplicate",
            "Cannot Reproduce");
    private static final int[] STORY_POINTS = {1, 2, 3, 5, 8, 13};
    private static final double MEAN_DAYS_OPEN = 30;

    private final SampleIssues samples;
    private final BulkTables tables;
    private final Instant start;
    private final Instant end;
    private final boolean changeIds;

    SyntheticIssues(SampleIssues samples, BulkTables tables, Instant start, Instant end, boolean changeIds) {
        this.samples = samples;
        this.tables = tables;
        this.start = start;
        this.end = end;
        this.changeIds = changeIds;
    }

    /** Writes issues 1…count of the project into the tables' buffers. */
    void project(ProjectIds project, int count, SplittableRandom random) {
        var people = new ArrayList<>(project.members());
        shuffle(people, random); // who is busiest differs between projects
        var assignable = people.stream().filter(ProjectIds.User::canBeAssigned).toList();
        var standard = new ArrayList<Long>();
        var epics = new ArrayList<Long>();
        long span = Duration.between(start, end).getSeconds();
        for (int number = 1; number <= count; number++) {
            var created = start.plusSeconds((long) ((number - 1 + random.nextDouble()) * span / count));
            new Issue(project, number, created, random, people, assignable).write(standard, epics);
        }
    }

    private final class Issue {

        private final ProjectIds project;
        private final int number;
        private final Instant created;
        private final SplittableRandom random;
        private final List<ProjectIds.User> people;
        private final List<ProjectIds.User> assignable;
        private final long id;
        private final Instant lastActivity;
        private final List<Change> changes = new ArrayList<>();

        Issue(ProjectIds project, int number, Instant created, SplittableRandom random, List<ProjectIds.User> people,
                List<ProjectIds.User> assignable) {
            this.project = project;
            this.number = number;
            this.created = created;
            this.random = random;
            this.people = people;
            this.assignable = assignable;
            this.id = tables.nextIssueId();
            var open = Duration.ofSeconds((long) (-Math.log(1 - random.nextDouble()) * MEAN_DAYS_OPEN * 86_400));
            this.lastActivity = min(end, created.plus(open).plusSeconds(60));
        }

        void write(List<Long> standard, List<Long> epics) {
            double age = (double) Duration.between(created, end).getSeconds() / Duration.between(start, end).getSeconds();
            var type = type(standard.isEmpty());
            Long parent = switch (type) {
                case "Sub-task" -> standard.get(standard.size() - 1 - random.nextInt(Math.min(500, standard.size())));
                case "Story" -> epics.isEmpty() || random.nextDouble() >= 0.4 ? null
                        : epics.get(epics.size() - 1 - random.nextInt(Math.min(50, epics.size())));
                default -> null;
            };
            if (type.equals("Epic")) {
                epics.add(id);
            } else if (!type.equals("Sub-task")) {
                standard.add(id);
            }

            var finalStatus = random.nextDouble() < 0.35 + 0.6 * age ? "Done" : pick(OPEN);
            var path = statusPath(finalStatus);
            var times = times(path.size());
            var reporter = people.get(skewed(people.size()));
            var assignee = assignee(finalStatus, times.length == 0 ? lastActivity : times[0]);
            String resolution = null;
            Instant resolved = null;
            var status = "To Do";
            for (int i = 0; i < path.size(); i++) {
                var to = path.get(i);
                var actor = assignee != null ? assignee : reporter;
                changes.add(new Change(times[i], actor.id(), "status", status, to, statusId(status), statusId(to)));
                if (to.equals("Done")) {
                    resolution = pick(RESOLUTIONS);
                    resolved = times[i];
                    changes.add(new Change(times[i], actor.id(), "resolution", null, resolution, null, resolutionId(resolution)));
                } else if (status.equals("Done")) {
                    changes.add(new Change(times[i], actor.id(), "resolution", resolution, null, resolutionId(resolution), null));
                    resolution = null;
                    resolved = null;
                }
                status = to;
            }
            var sample = samples.sample(random.nextInt(samples.size()));
            var points = (type.equals("Story") || type.equals("Task")) && random.nextDouble() < 0.6
                    ? BigDecimal.valueOf(STORY_POINTS[random.nextInt(STORY_POINTS.length)]) : null;
            var due = random.nextDouble() < 0.15 ? LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(7 + random.nextInt(84)) : null;
            var comments = comments();
            changes.sort(Comparator.comparing(Change::at));
            tables.issues().row(id, project.id(), number, project.key() + "-" + number, project.types().get(type),
                    statusId(status), project.priorities().get(sample.priority()), resolutionId(resolution),
                    sample.summary(), description(sample), assignee == null ? null : assignee.id(), reporter.id(),
                    reporter.id(), parent, labels(), points, due, created, lastActivity, resolved, 1 + changes.size());
            for (var c : changes) {
                var values = new ArrayList<Object>(List.of(tables.nextChangeId(), id, c.actor(), c.at(), c.field()));
                values.add(c.from());
                values.add(c.to());
                if (changeIds) {
                    values.add(c.fromId());
                    values.add(c.toId());
                }
                tables.changes().row(values.toArray());
            }
            for (var at : comments) {
                var author = random.nextDouble() < 0.4 && assignee != null ? assignee : pick(people);
                tables.comments().row(tables.nextCommentId(), id, author.id(), sentences(1 + random.nextInt(4)), at, at);
            }
            watchers(reporter, assignee);
            components();
            versions(type, created, resolution == null ? null : resolved);
        }

        private String type(boolean noParentYet) {
            double r = random.nextDouble();
            return r < 0.03 ? "Epic" : r < 0.20 ? "Story" : r < 0.45 ? "Task" : r < 0.83 || noParentYet ? "Bug" : "Sub-task";
        }

        /** The statuses an issue went through after To Do, ending in {@code last}. */
        private List<String> statusPath(String last) {
            double r = random.nextDouble();
            var review = new ArrayList<>(List.of("In Progress", "In Review"));
            if (random.nextDouble() < 0.2) {
                review.addAll(List.of("In Progress", "In Review")); // changes requested once
            }
            return switch (last) {
                case "Done" -> {
                    if (r < 0.15) {
                        yield List.of("Done");
                    }
                    if (r < 0.40) {
                        yield List.of("In Progress", "Done");
                    }
                    review.add("Done");
                    yield review;
                }
                case "In Review" -> review;
                case "In Progress" -> r < 0.15 ? List.of("In Progress", "In Review", "In Progress") : List.of("In Progress");
                default -> r < 0.10 ? List.of("In Progress", "To Do") : r < 0.15 ? List.of("Done", "To Do") : List.of();
            };
        }

        /**
         * Assigned at creation, later, or first to someone else; work in progress is always assigned. Records the
         * assignee changes and returns who holds the issue now.
         */
        private ProjectIds.User assignee(String status, Instant firstMove) {
            double assigned = switch (status) {
                case "Done" -> 0.95;
                case "To Do" -> 0.45;
                default -> 1;
            };
            var now = random.nextDouble() < assigned ? assignable.get(skewed(assignable.size())) : null;
            double r = random.nextDouble();
            var t1 = between(created, firstMove);
            if (now == null) {
                if (r < 0.1) {
                    var earlier = pick(assignable);
                    var t2 = between(t1, lastActivity);
                    changes.add(assigneeChange(t1, null, earlier));
                    changes.add(assigneeChange(t2, earlier, null));
                }
            } else if (r < 0.40) {
                changes.add(assigneeChange(t1, null, now));
            } else if (r < 0.55) {
                var earlier = pick(assignable);
                if (earlier != now) {
                    changes.add(assigneeChange(t1, null, earlier));
                    changes.add(assigneeChange(between(t1, lastActivity), earlier, now));
                }
            }
            return now;
        }

        private Change assigneeChange(Instant at, ProjectIds.User from, ProjectIds.User to) {
            return new Change(at, pick(people).id(), "assignee", from == null ? null : from.displayName(),
                    to == null ? null : to.displayName(), from == null ? null : from.id(), to == null ? null : to.id());
        }

        private List<Instant> comments() {
            double r = random.nextDouble();
            int count = r < 0.45 ? 0 : r < 0.73 ? 1 : r < 0.87 ? 2 : r < 0.94 ? 3 : r < 0.98 ? 4 : 5 + random.nextInt(4);
            return Arrays.asList(times(count));
        }

        private String description(SampleIssues.Sample sample) {
            double r = random.nextDouble();
            return r < 0.30 ? sample.description() : r < 0.85 ? sentences(2 + random.nextInt(11)) : null;
        }

        private String sentences(int count) {
            var text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(i == 0 ? "" : i % 4 == 0 ? "\n\n" : " ").append(pick(samples.sentences()));
            }
            return text.toString();
        }

        private List<String> labels() {
            double r = random.nextDouble();
            int count = r < 0.35 ? 0 : r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
            var labels = new LinkedHashSet<String>();
            for (int i = 0; i < count; i++) {
                labels.add(JqlDataset.LABELS.get(skewed(JqlDataset.LABELS.size())));
            }
            return List.copyOf(labels);
        }

        private void watchers(ProjectIds.User reporter, ProjectIds.User assignee) {
            var watchers = new LinkedHashSet<Long>();
            watchers.add(reporter.id());
            if (assignee != null) {
                watchers.add(assignee.id());
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                watchers.add(pick(people).id());
            }
            watchers.forEach(user -> tables.watchers().row(id, user));
        }

        private void components() {
            double r = random.nextDouble();
            int count = r < 0.25 ? 0 : r < 0.85 ? 1 : 2;
            var chosen = new LinkedHashSet<Long>();
            for (int i = 0; i < count; i++) {
                chosen.add(project.components().get(skewed(project.components().size())));
            }
            chosen.forEach(component -> tables.components().row(id, component));
        }

        /** Resolved issues are fixed in the first release after; open ones often target an unreleased version. */
        private void versions(String type, Instant created, Instant resolved) {
            var released = project.versions().stream().filter(ProjectIds.Version::released).toList();
            var unreleased = project.versions().stream().filter(v -> !v.released()).toList();
            if (resolved != null && random.nextDouble() < 0.85) {
                var day = LocalDate.ofInstant(resolved, ZoneOffset.UTC);
                var fix = released.stream().filter(v -> !v.releaseDate().isBefore(day)).findFirst()
                        .orElse(unreleased.isEmpty() ? null : unreleased.get(0));
                if (fix != null) {
                    tables.versions().row(id, fix.id(), "fix");
                }
            } else if (resolved == null && !unreleased.isEmpty() && random.nextDouble() < 0.35) {
                tables.versions().row(id, unreleased.get(random.nextDouble() < 0.7 ? 0 : unreleased.size() - 1).id(), "fix");
            }
            if (type.equals("Bug") && random.nextDouble() < 0.5) {
                var day = LocalDate.ofInstant(created, ZoneOffset.UTC);
                released.stream().filter(v -> v.releaseDate().isBefore(day)).reduce((a, b) -> b)
                        .ifPresent(v -> tables.versions().row(id, v.id(), "affects"));
            }
        }

        private Long statusId(String name) {
            return project.statuses().get(name);
        }

        private Long resolutionId(String name) {
            return name == null ? null : project.resolutions().get(name);
        }

        private Instant[] times(int count) {
            var times = new Instant[count];
            for (int i = 0; i < count; i++) {
                times[i] = between(created, lastActivity);
            }
            Arrays.sort(times);
            return times;
        }

        private Instant between(Instant from, Instant to) {
            long seconds = Math.max(0, Duration.between(from, to).getSeconds());
            return from.plusSeconds((long) (random.nextDouble() * seconds));
        }

        /** Index below size, low ones likelier (a few people, labels and components get most of the work). */
        private int skewed(int size) {
            return (int) (size * Math.pow(random.nextDouble(), 1.6));
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private record Change(Instant at, long actor, String field, String from, String to, Long fromId, Long toId) {
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> void shuffle(List<T> values, SplittableRandom random) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var t = values.get(i);
            values.set(i, values.get(j));
            values.set(j, t);
        }
    }
}
