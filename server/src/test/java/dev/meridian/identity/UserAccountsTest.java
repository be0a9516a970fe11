package dev.meridian.identity;

import static dev.meridian.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@MeridianTest
class UserAccountsTest {

    @LocalServerPort
    int port;

    @Test
    void aDeactivatedPersonCannotSignInIsNotOfferedAndComesBackWhenReactivated() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var dora = fixtures.user("dora", "Dora Deactivated");
        var email = Fixtures.email(dora);
        long id = dora.get("/api/v1/myself").json().get("id").asLong();

        var deactivated = admin.patch("/api/v1/users/" + id, Map.of("active", false));
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(dora.get("/api/v1/myself").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).as(email, "password-dora").get("/api/v1/myself").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/users?query=Dora%20Deactivated").json()).isEmpty();
        assertThat(account(admin, email).get("active").asBoolean()).isFalse();

        admin.patch("/api/v1/users/" + id, Map.of("active", true));
        assertThat(Api.anonymous(port).as(email, "password-dora").get("/api/v1/myself").status()).isEqualTo(200);
        assertThat(account(admin, email).get("displayName").asString()).isEqualTo("Dora Deactivated");
    }

    @Test
    void aPersonWithALongNameKeepsABrowserSessionUntilDeactivatedWhichEndsItAndSaysWhyAtTheNextLogin() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var name = "Maria Fernanda de los Ángeles Rodríguez-Villanueva y Castellanos";
        var maria = fixtures.user("maria-fernanda-de-los-angeles-rodriguez", name);
        var email = Fixtures.email(maria);
        long id = maria.get("/api/v1/myself").json().get("id").asLong();
        var anonymous = Api.anonymous(port);
        var xsrf = anonymous.get("/api/v1/session").cookie("XSRF-TOKEN");
        var login = anonymous.header("Cookie", "XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
                .post("/api/v1/session", Map.of("email", email, "password", "password-maria-fernanda-de-los-angeles-rodriguez"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        var browser = anonymous.header("Cookie", "XSRF-TOKEN=" + xsrf + "; JSESSIONID=" + login.cookie("JSESSIONID"));
        assertThat(browser.get("/api/v1/myself").json().get("displayName").asString()).isEqualTo(name);

        assertThat(admin.patch("/api/v1/users/" + id, Map.of("active", false)).status()).isEqualTo(200);

        assertThat(browser.get("/api/v1/myself").status()).as("the browser session ended with the account").isEqualTo(401);
        var again = anonymous.header("Cookie", "XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
                .post("/api/v1/session", Map.of("email", email, "password", "password-maria-fernanda-de-los-angeles-rodriguez"));
        assertThat(assertProblem(again, 401).get("detail").asString()).as("the right password is told why")
                .isEqualTo("This account is deactivated. A site administrator can reactivate it.");
        var guess = anonymous.header("Cookie", "XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
                .post("/api/v1/session", Map.of("email", email, "password", "a-guess"));
        assertThat(assertProblem(guess, 401).get("detail").asString()).as("a guess learns nothing").isEqualTo("Email or password is wrong.");
    }

    @Test
    void refusesToDeactivateYourselfAndNamesAnUnknownAccount() {
        var admin = new Fixtures(port).admin();
        long me = admin.get("/api/v1/myself").json().get("id").asLong();
        assertThat(assertProblem(admin.patch("/api/v1/users/" + me, Map.of("active", false)), 409).get("detail").asString())
                .contains("your own account");
        assertProblem(admin.patch("/api/v1/users/987654321", Map.of("active", false)), 404);
        assertProblem(admin.patch("/api/v1/users/" + me, Map.of()), 400);
    }

    private static JsonNode account(Api admin, String email) {
        return admin.get("/api/v1/users/accounts").json().values().stream()
                .filter(a -> a.get("email").asString().equals(email)).findFirst().orElseThrow();
    }
}
