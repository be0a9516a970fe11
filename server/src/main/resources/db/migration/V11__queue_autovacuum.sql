-- As in PostgresQueue.SCHEMA, which V7 ran before it had this setting: vacuum the queue table after every thousand
-- dead rows. Numbered after V9 and V10 of the main line.
alter table queue_message set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_cost_delay = 0, autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 1000);
