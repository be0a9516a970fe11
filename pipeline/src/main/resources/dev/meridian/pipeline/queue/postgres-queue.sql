-- Tables of dev.meridian.pipeline.queue.PostgresQueue. Idempotent: safe to run on every start, or to copy
-- into a migration. Every named queue (source queues and their dead-letter queues) shares one table.
create table if not exists queue_message (
    id            bigint generated always as identity primary key,
    queue         text        not null,
    body          text        not null,
    sent_at       timestamptz not null default now(),
    visible_at    timestamptz not null default now(),
    receive_count integer     not null default 0,
    receipt       text
);

create index if not exists queue_message_next on queue_message (queue, visible_at, id);

create unique index if not exists queue_message_receipt on queue_message (receipt);

-- Every message is inserted, updated on each receive and deleted: dead rows pile up at the front of
-- queue_message_next, and every receive wades through them until a vacuum. Vacuum this table after every
-- thousand of them rather than after a fifth of the table (with the server's autovacuum_naptime as the floor).
alter table queue_message set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
