-- Where the outbox relay has published up to: every outbox row with (tx_id, id) at or below it is on the queue.
create table outbox_cursors (
    name    text primary key,
    last_tx xid8   not null,
    last_id bigint not null
);
