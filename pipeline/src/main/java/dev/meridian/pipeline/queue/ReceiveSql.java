package dev.meridian.pipeline.queue;

/** The statement behind a receive in {@link PostgresQueue}. */
final class ReceiveSql {

    // One statement over the next visible messages: those already received maxReceiveCount times move to the
    // dead-letter queue (keeping id and sent time, as in SQS), the others are delivered. Looking only at the
    // picked rows keeps a receive cheap however long the backlog is.
    // Parameters: maxReceiveCount, queue, max, dead-letter queue, visibility timeout in seconds.
    static final String RECEIVE = """
            with picked as (
                select id, receive_count >= ? as dead from queue_message
                where queue = ? and visible_at <= now()
                order by visible_at, id limit ?
                for update skip locked
            ), dead_lettered as (
                update queue_message m set queue = ?, visible_at = now(), receipt = null
                from picked where m.id = picked.id and picked.dead
            )
            update queue_message m
            set receive_count = m.receive_count + 1,
                visible_at = now() + make_interval(secs => ?),
                receipt = gen_random_uuid()::text
            from picked
            where m.id = picked.id and not picked.dead
            returning m.id, m.receipt, m.body, m.receive_count, m.sent_at""";

    private ReceiveSql() {
    }
}
