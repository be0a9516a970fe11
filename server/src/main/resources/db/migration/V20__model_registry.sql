-- The model registry: every trained (or failed) model version of a project, with its lineage and metrics.
create table model_versions (
    id               bigserial primary key,
    project_key      text        not null,
    kind             text        not null,
    number           int         not null,
    label            text        not null unique,
    base_model       text        not null,
    trainer          text        not null check (trainer in ('local', 'bedrock')),
    mode             text        not null check (mode in ('full', 'incremental')),
    parent_id        bigint references model_versions (id),
    dataset_snapshot text,
    data_checksum    text,
    trained_through  timestamptz,
    parameters       jsonb       not null default '{}',
    metrics          jsonb       not null default '{}',
    artifact         text,
    status           text        not null check (status in ('training', 'failed', 'candidate', 'active', 'retired')),
    status_reason    text,
    created_at       timestamptz not null default now(),
    finished_at      timestamptz,
    activated_at     timestamptz,
    unique (project_key, kind, number)
);
-- At most one active version per project and kind.
create unique index model_versions_one_active on model_versions (project_key, kind) where status = 'active';

-- Training jobs; one running per project and kind, enforced here so two servers cannot both start one.
create table training_jobs (
    id               bigserial primary key,
    project_key      text        not null,
    kind             text        not null,
    mode             text        not null check (mode in ('full', 'incremental')),
    trainer          text        not null,
    status           text        not null check (status in ('running', 'succeeded', 'failed', 'cancelled')),
    progress         int         not null default 0,
    eta_seconds      int,
    cancel_requested boolean     not null default false,
    model_version_id bigint references model_versions (id),
    failure          text,
    requested_by     bigint,
    created_at       timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz
);
create unique index training_jobs_one_running on training_jobs (project_key, kind) where status = 'running';
create index training_jobs_by_project on training_jobs (project_key, id desc);

create table training_job_logs (
    id      bigserial primary key,
    job_id  bigint      not null references training_jobs (id) on delete cascade,
    at      timestamptz not null default now(),
    line    text        not null
);
create index training_job_logs_by_job on training_job_logs (job_id, id);

-- Sentence vectors by SHA-256 of (encoder name, text): re-training and re-indexing embed only new texts.
create table embedding_cache (
    text_hash bytea primary key,
    encoder   text  not null,
    vector    bytea not null
);
