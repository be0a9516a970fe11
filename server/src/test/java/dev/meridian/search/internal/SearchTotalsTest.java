package dev.meridian.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.identity.CurrentUser;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

@MeridianTest
class SearchTotalsTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchEngine engine;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void countsExactlyUpToTheCapAndThenGivesALowerBoundThatStillReachesThePageAskedFor() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var member = fixtures.user("counter");
        fixtures.member(project, member, "viewer");
        for (int i = 0; i < 5; i++) {
            fixtures.issue(project);
        }
        var jql = "project = " + project;
        for (var user : new CurrentUser[] {user(member, false), user(fixtures.admin(), true)}) {
            var capped = inTransaction(() -> engine.search(jql, 0, 2, user, 3));
            assertThat(capped.total()).as("lower bound").isEqualTo(3);
            assertThat(capped.totalExact()).isFalse();
            assertThat(capped.issues()).hasSize(2);

            var lastPage = inTransaction(() -> engine.search(jql, 4, 2, user, 3));
            assertThat(lastPage.total()).as("counted to the end of the page asked for").isEqualTo(5);
            assertThat(lastPage.totalExact()).isTrue();
            assertThat(lastPage.issues()).hasSize(1);

            assertThat(inTransaction(() -> engine.search(jql, 0, 2, user, 5)).totalExact()).as("exactly the cap").isTrue();

            var whole = inTransaction(() -> engine.search(jql, 0, 10, user, 3));
            assertThat(whole.total()).as("a page that is not full is the total, beyond the cap too").isEqualTo(5);
            assertThat(whole.totalExact()).isTrue();

            var beyond = inTransaction(() -> engine.search(jql, 10, 2, user, 3));
            assertThat(beyond.issues()).isEmpty();
            assertThat(beyond.total()).as("an empty page past the end still counts").isEqualTo(5);
            assertThat(beyond.totalExact()).isTrue();
            assertThat(inTransaction(() -> engine.count(jql, user))).isEqualTo(5);
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private static CurrentUser user(Api api, boolean siteAdmin) {
        var me = api.get("/api/v1/myself").json();
        return new CurrentUser(me.get("id").asLong(), me.get("email").asString(), me.get("displayName").asString(), siteAdmin);
    }
}
