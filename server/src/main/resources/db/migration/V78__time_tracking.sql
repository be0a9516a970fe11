-- Jira's time tracking: estimates on the issue and the work logged against it, all in seconds. time_spent_seconds is
-- the sum of the issue's work logs, kept with the issue so that JQL (timespent > 2h) and lists read one row.
alter table issues
    add column original_estimate_seconds  bigint check (original_estimate_seconds >= 0),
    add column remaining_estimate_seconds bigint check (remaining_estimate_seconds >= 0),
    add column time_spent_seconds         bigint check (time_spent_seconds > 0);

create table worklogs (
    id                 bigserial primary key,
    issue_id           bigint      not null references issues (id) on delete cascade,
    author_id          bigint      not null references users (id),
    started_at         timestamptz not null,
    time_spent_seconds bigint      not null check (time_spent_seconds > 0),
    comment            text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index worklogs_issue on worklogs (issue_id, started_at, id);
