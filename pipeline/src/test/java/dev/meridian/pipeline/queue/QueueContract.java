package dev.meridian.pipeline.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * What every {@link Queue} adapter promises; one subclass per adapter supplies fresh queues. Each test has a queue of
 * its own and spends its time waiting on visibility timeouts, so the tests of a class run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
abstract class QueueContract {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    /** A new, empty queue (and dead-letter queue) that no other test uses. */
    abstract Queue newQueue(QueueSettings settings);

    private Queue newQueue(int maxReceiveCount) {
        String name = "q-" + UUID.randomUUID().toString().substring(0, 8);
        return newQueue(QueueSettings.of(name, Duration.ofSeconds(2), maxReceiveCount));
    }

    @Test
    void deliversInBatchesOfAtMostTen() {
        Queue queue = newQueue(5);
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "m" + i).toList();

        assertThatThrownBy(() -> queue.send(eleven)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 10 messages");
        assertThatThrownBy(() -> queue.receive(11, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 10 messages");
        assertThatThrownBy(() -> queue.send(List.of("x".repeat(256 * 1024 + 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256 KiB");

        queue.send(eleven.subList(0, 10));
        queue.send(List.of("x".repeat(256 * 1024), "m10"));
        Set<String> received = new HashSet<>();
        for (int attempt = 0; attempt < 10 && received.size() < 12; attempt++) {
            List<QueueMessage> batch = queue.receive(10, ONE_SECOND, Duration.ofSeconds(30));
            assertThat(batch).hasSizeLessThanOrEqualTo(10);
            batch.forEach(m -> received.add(m.body()));
        }
        assertThat(received).hasSize(12).containsAll(eleven);
    }

    @Test
    void sendsAnyNumberAtOnce() {
        Queue queue = newQueue(5);
        List<String> bodies = IntStream.range(0, 25).mapToObj(i -> "m" + i).toList();

        assertThat(queue.sendAll(bodies)).hasSize(25).doesNotHaveDuplicates();
        assertThat(queue.sendAll(List.of())).isEmpty();

        Set<String> received = new HashSet<>();
        for (int attempt = 0; attempt < 10 && received.size() < 25; attempt++) {
            queue.receive(10, ONE_SECOND, Duration.ofSeconds(30)).forEach(m -> received.add(m.body()));
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(bodies);
    }

    @Test
    void hidesAReceivedMessageUntilItsVisibilityTimeoutEnds() {
        Queue queue = newQueue(5);
        queue.send(List.of("hello"));

        QueueMessage first = single(queue.receive(10, ONE_SECOND, ONE_SECOND));
        assertThat(first.receiveCount()).isEqualTo(1);
        assertThat(queue.receive(10, Duration.ZERO, ONE_SECOND)).isEmpty();

        QueueMessage again = single(queue.receive(10, Duration.ofSeconds(5), ONE_SECOND));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.body()).isEqualTo("hello");
        assertThat(again.receiveCount()).isEqualTo(2);
        assertThat(again.receiptHandle()).isNotEqualTo(first.receiptHandle());
        assertThat(again.sentAt()).isEqualTo(first.sentAt());
    }

    @Test
    void extendsVisibility() throws InterruptedException {
        Queue queue = newQueue(5);
        queue.send(List.of("slow work"));
        QueueMessage message = single(queue.receive(10, ONE_SECOND, ONE_SECOND));

        queue.changeVisibility(message.receiptHandle(), Duration.ofSeconds(3));
        Thread.sleep(1_500);

        assertThat(queue.receive(10, Duration.ZERO, ONE_SECOND)).isEmpty();
        assertThat(single(queue.receive(10, Duration.ofSeconds(5), ONE_SECOND)).id()).isEqualTo(message.id());
    }

    @Test
    void deleteRemovesForGood() throws InterruptedException {
        Queue queue = newQueue(5);
        queue.send(List.of("one", "two", "three"));
        List<QueueMessage> messages = receiveAll(queue, 3, ONE_SECOND);

        queue.delete(messages.get(0).receiptHandle());
        queue.delete(List.of(messages.get(1).receiptHandle(), messages.get(2).receiptHandle()));
        Thread.sleep(1_500);

        assertThat(queue.receive(10, ONE_SECOND, ONE_SECOND)).isEmpty();
        QueueStats stats = queue.stats();
        assertThat(stats.visible() + stats.inFlight() + stats.deadLetters()).isZero();
    }

    @Test
    void handsEachMessageToOneReceiverAtATime() throws InterruptedException {
        Queue queue = newQueue(5);
        for (int batch = 0; batch < 5; batch++) {
            int first = batch * 10;
            queue.send(IntStream.range(first, first + 10).mapToObj(i -> "m" + i).toList());
        }
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        List<Thread> receivers = IntStream.range(0, 4).mapToObj(i -> new Thread(() -> {
            for (int attempt = 0; attempt < 20 && received.size() < 50; attempt++) {
                queue.receive(3, Duration.ZERO, Duration.ofSeconds(30)).forEach(m -> received.add(m.body()));
            }
        })).toList();
        receivers.forEach(Thread::start);
        for (Thread receiver : receivers) {
            receiver.join();
        }

        assertThat(received).doesNotHaveDuplicates().hasSize(50);
    }

    @Test
    void longPollingReturnsAsSoonAsAMessageArrives() throws InterruptedException {
        Queue queue = newQueue(5);
        Thread sender = new Thread(() -> {
            try {
                Thread.sleep(1_000);
                queue.send(List.of("late"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sender.start();

        Duration wait = Duration.ofSeconds(5);
        long start = System.nanoTime();
        List<QueueMessage> received = queue.receive(10, wait, Duration.ofSeconds(30));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        sender.join();

        assertThat(received).extracting(QueueMessage::body).containsExactly("late");
        assertThat(waited).isLessThan(wait);
    }

    @Test
    void movesAPoisonMessageToTheDeadLetterQueueAfterMaxReceiveCount() throws InterruptedException {
        Queue queue = newQueue(2);
        queue.send(List.of("poison", "good-0"));
        List<String> processed = new ArrayList<>();
        List<Integer> poisonReceiveCounts = new ArrayList<>();
        int sent = 1;

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (queue.stats().deadLetters() == 0 && System.nanoTime() < deadline) {
            queue.send(List.of("good-" + sent++));
            Thread.sleep(200);
            for (QueueMessage message : queue.receive(10, ONE_SECOND, ONE_SECOND)) {
                if (message.body().equals("poison")) {
                    poisonReceiveCounts.add(message.receiveCount());
                } else {
                    processed.add(message.body());
                    queue.delete(message.receiptHandle());
                }
            }
        }
        processed.addAll(receiveAll(queue, sent - processed.size(), Duration.ofSeconds(30)).stream()
                .map(QueueMessage::body).toList());

        assertThat(poisonReceiveCounts).containsExactly(1, 2);
        assertThat(queue.peekDeadLetters(10)).extracting(DeadLetter::body).containsExactly("poison");
        assertThat(processed).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, sent).mapToObj(i -> "good-" + i).toList());
    }

    @Test
    void redrivesDeadLettersBackToTheSource() {
        Queue queue = newQueue(1);
        queue.send(List.of("retry me"));
        killUntilDead(queue, 1);

        assertThat(queue.redriveDeadLetters(10)).isEqualTo(1);

        assertThat(queue.stats().deadLetters()).isZero();
        QueueMessage back = single(queue.receive(10, ONE_SECOND, Duration.ofSeconds(30)));
        assertThat(back.body()).isEqualTo("retry me");
        assertThat(back.receiveCount()).isEqualTo(1);
    }

    @Test
    void discardsADeadLetterForGood() {
        Queue queue = newQueue(1);
        queue.send(List.of("keep", "drop"));
        killUntilDead(queue, 2);
        DeadLetter drop = queue.peekDeadLetters(10).stream().filter(d -> d.body().equals("drop")).findFirst().orElseThrow();

        assertThat(queue.discardDeadLetter(drop.id())).isTrue();

        assertThat(queue.discardDeadLetter(drop.id())).isFalse();
        assertThat(queue.peekDeadLetters(10)).extracting(DeadLetter::body).containsExactly("keep");
        assertThat(queue.stats().deadLetters()).isEqualTo(1);
    }

    @Test
    void reportsDepthInFlightAndDlqCounts() {
        Queue queue = newQueue(1);
        queue.send(List.of("poison"));
        killUntilDead(queue, 1);
        queue.send(List.of("a", "b", "c"));

        assertThat(queue.receive(1, ONE_SECOND, Duration.ofSeconds(30))).hasSize(1);

        QueueStats stats = queue.stats();
        assertThat(stats.visible()).isEqualTo(2);
        assertThat(stats.inFlight()).isEqualTo(1);
        assertThat(stats.deadLetters()).isEqualTo(1);
        stats.oldestVisibleAge().ifPresent(age -> assertThat(age).isBetween(Duration.ZERO, Duration.ofMinutes(1)));
    }

    /** Receives without deleting until {@code count} messages have reached the dead-letter queue. */
    private static void killUntilDead(Queue queue, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (queue.stats().deadLetters() < count) {
            assertThat(System.nanoTime()).as("dead letters in time").isLessThan(deadline);
            queue.receive(10, ONE_SECOND, ONE_SECOND);
        }
    }

    private static List<QueueMessage> receiveAll(Queue queue, int count, Duration visibility) {
        List<QueueMessage> all = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && all.size() < count; attempt++) {
            all.addAll(queue.receive(Math.min(10, Math.max(1, count - all.size())), ONE_SECOND, visibility));
        }
        assertThat(all).hasSize(count);
        return Collections.unmodifiableList(all);
    }

    private static QueueMessage single(List<QueueMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
