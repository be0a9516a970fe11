package dev.meridian.identity;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class ApiTokenNamesTest {

    private static final String TOKENS = "/api/v1/myself/tokens";

    @LocalServerPort
    int port;

    @Test
    void refusesATokenNamedLikeAnotherLiveOneInAnyCase() {
        var user = new Fixtures(port).user("gina");
        assertThat(user.post(TOKENS, Map.of("name", "ci")).status()).isEqualTo(201);

        var refused = assertProblem(user.post(TOKENS, Map.of("name", " CI ")), 409);

        assertThat(refused.path("detail").asString()).isEqualTo("You already have a token named “CI”. Choose another name or revoke that one.");
        assertThat(Problems.fields(refused)).containsExactly("name");
        assertThat(names(user)).filteredOn(name -> name.equalsIgnoreCase("ci")).containsExactly("ci");
    }

    @Test
    void givesANameBackOnceItsTokenIsRevoked() {
        var user = new Fixtures(port).user("hugo");
        var first = user.post(TOKENS, Map.of("name", "laptop")).json().get("token").get("id").asLong();
        assertThat(user.delete(TOKENS + "/" + first).status()).isEqualTo(204);

        var again = user.post(TOKENS, Map.of("name", "laptop"));

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(names(user)).filteredOn("laptop"::equals).hasSize(1);
    }

    @Test
    void letsTwoPeopleNameTheirTokensAlike() {
        var fixtures = new Fixtures(port);
        assertThat(fixtures.user("ines").post(TOKENS, Map.of("name", "deploy")).status()).isEqualTo(201);

        var other = fixtures.user("jon").post(TOKENS, Map.of("name", "deploy"));

        assertThat(other.status()).as(other.toString()).isEqualTo(201);
    }

    private static List<String> names(Api user) {
        return user.get(TOKENS).json().findValuesAsString("name");
    }
}
