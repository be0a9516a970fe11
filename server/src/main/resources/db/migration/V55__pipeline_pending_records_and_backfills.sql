-- Records the dataset worker stored per project since the count last sealed a snapshot
-- (MERIDIAN_SNAPSHOT_EVERY_RECORDS): kept here so that a restart does not start the count again.
create table dataset_pending_records (
    project_key text        primary key,
    records     bigint      not null default 0,
    updated_at  timestamptz not null default now()
);

-- Backfills run in the background: progress after every page, resumed from the last page after a restart.
create table dataset_backfills (
    id             bigint generated always as identity primary key,
    project_key    text        not null,
    status         text        not null check (status in ('running', 'done', 'failed')),
    requested_by   bigint,
    total_issues   integer     not null default 0,
    issues         integer     not null default 0,
    comments       integer     not null default 0,
    messages       integer     not null default 0,
    pages          integer     not null default 0,
    last_issue_id  bigint      not null default 0,
    error          text,
    started_at     timestamptz not null default now(),
    heartbeat_at   timestamptz not null default now(),
    finished_at    timestamptz
);

create unique index dataset_backfills_one_running on dataset_backfills (project_key) where status = 'running';
create index dataset_backfills_project on dataset_backfills (project_key, id desc);
