-- Every change writes one row here in the same transaction as the change itself.
-- tx_id lets a relay publish in commit order: rows of a transaction still in flight are never skipped.
create table outbox (
    id             bigserial primary key,
    tx_id          xid8        not null default pg_current_xact_id(),
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    project_key    text,
    actor_id       bigint,
    payload        jsonb       not null,
    occurred_at    timestamptz not null default now()
);
create index outbox_aggregate on outbox (aggregate_type, aggregate_id);
