-- The relay and the live feed read the outbox after a (tx_id, id) position; without this they scan it all.
create index if not exists outbox_commit_order on outbox (tx_id, id);
