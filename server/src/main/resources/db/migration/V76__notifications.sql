-- In-app notifications: one row per change and person told about it. Project and issue are kept by key, as the outbox
-- names them; who may still see one is decided when it is read.
create table notifications (
    id            bigserial primary key,
    recipient_id  bigint      not null references users (id) on delete cascade,
    actor_id      bigint      references users (id) on delete set null,
    event_id      bigint      not null,
    project_key   text        not null,
    issue_key     text        not null,
    issue_summary text        not null,
    reason        text        not null,
    changes       jsonb       not null default '[]',
    excerpt       text,
    created_at    timestamptz not null default now(),
    read_at       timestamptz,
    unique (event_id, recipient_id)
);

create index notifications_inbox on notifications (recipient_id, id desc);
create index notifications_unread on notifications (recipient_id) where read_at is null;

-- How far the notifier has read the outbox (one row; locked while a server reads, so one server tells each change).
create table notification_cursor (
    name    text primary key,
    last_tx xid8   not null,
    last_id bigint not null
);
