-- Lineage: the sealed dataset snapshot a version was trained on is named by id (dataset_snapshot, since V20) and
-- pinned by the sha256 of its manifest; a Bedrock version also records its customization job and where it answers.
alter table model_versions add column dataset_manifest_sha256 text;
alter table model_versions add column external_job text;
alter table model_versions add column inference_target text;

-- Which server runs a job and when it last said so: a server marks failed only jobs whose owner stopped beating.
alter table training_jobs add column owner text;
alter table training_jobs add column heartbeat_at timestamptz;

-- Every answer of the inference API, with the model version that produced it; written in batches off the request path.
create table predictions (
    id               bigserial primary key,
    at               timestamptz not null,
    project_key      text        not null,
    kind             text        not null check (kind in ('similar', 'suggestions')),
    model_version_id bigint      not null references model_versions (id),
    subject          text,
    caller_id        bigint,
    results          jsonb       not null default '[]'
);
create index predictions_by_version on predictions (model_version_id, id);
create index predictions_by_project on predictions (project_key, id desc);

-- A version whose artifact is gone is marked broken (and the one active before it restored), not left to fail requests.
alter table model_versions drop constraint model_versions_status_check;
alter table model_versions add constraint model_versions_status_check
    check (status in ('training', 'failed', 'candidate', 'active', 'retired', 'broken'));
