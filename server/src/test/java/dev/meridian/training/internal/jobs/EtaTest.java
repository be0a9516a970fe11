package dev.meridian.training.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EtaTest {

    @Test
    void saysNothingUntilFivePercentGiveAPace() {
        assertThat(new Eta().at(4, 10)).isNull();
        assertThat(new Eta().at(10, 10)).isEqualTo(90);
    }

    @Test
    void movesOnlyPartWayWhenAPhaseChangesPace() {
        var eta = new Eta();
        eta.at(10, 1);
        int before = eta.at(50, 5);
        // The next 5 % take 35 s: the raw figure leaps from 5 s to 33 s left.
        int after = eta.at(55, 40);

        assertThat(before).isEqualTo(5);
        assertThat(after).isBetween(10, 20);
    }

    @Test
    void followsASteadyPaceExactly() {
        var eta = new Eta();
        eta.at(10, 10);
        eta.at(20, 20);
        assertThat(eta.at(50, 50)).isEqualTo(50);
    }

    @Test
    void reachesZeroWhenDone() {
        var eta = new Eta();
        eta.at(50, 5);
        assertThat(eta.at(100, 30)).isZero();
    }
}
