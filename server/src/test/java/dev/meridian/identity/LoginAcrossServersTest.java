package dev.meridian.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.MeridianApplication;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import dev.meridian.support.TestDataDir;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A browser's login and the failed logins of a guesser live in the database: another server of it (or this one,
 * restarted) knows them.
 */
@MeridianTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginAcrossServersTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext other;
    private int otherPort;

    @BeforeAll
    void startASecondServer() throws Exception {
        other = secondServer();
        otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
    }

    @AfterAll
    void stopIt() {
        other.close();
    }

    @Test
    void aBrowserLoggedInOnOneServerIsLoggedInOnAnotherOfTheSameDatabaseUntilItLogsOut() throws Exception {
        var browser = new AuthenticationTest.Browser(port);
        browser.send("GET", "/api/v1/session", null, null);
        var login = browser.send("POST", "/api/v1/session",
                "{\"email\":\"" + Api.ADMIN_EMAIL + "\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"}", browser.cookie("XSRF-TOKEN"));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).as("kept when the browser closes, for 14 days")
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID=") && cookie.contains("Max-Age=1209600"));

        var there = browser.on(otherPort);
        var myself = there.send("GET", "/api/v1/myself", null, null);
        assertThat(myself.statusCode()).as(myself.body()).isEqualTo(200);
        assertThat(myself.body()).contains(Api.ADMIN_EMAIL);

        assertThat(there.send("DELETE", "/api/v1/session", null, browser.cookie("XSRF-TOKEN")).statusCode()).isEqualTo(204);
        assertThat(browser.send("GET", "/api/v1/myself", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void tenWrongPasswordsOnOneServerRefuseThatPasswordOnAnother() {
        var fixtures = new Fixtures(port);
        var email = Fixtures.email(fixtures.user("mallory-target"));
        for (int i = 0; i < 10; i++) {
            assertThat(Api.anonymous(port).as(email, "guess-" + i).get("/api/v1/myself").status()).isEqualTo(401);
        }

        var refused = Api.anonymous(otherPort).as(email, "password-mallory-target").get("/api/v1/myself");

        Problems.assertProblem(refused, 429);
        assertThat(refused.text()).contains("Too many failed logins");
    }

    private ConfigurableApplicationContext secondServer() throws Exception {
        String url;
        String user;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        return new SpringApplicationBuilder(MeridianApplication.class).run(
                "--meridian.database-url=" + url,
                "--meridian.database-username=" + user,
                "--meridian.data-dir=" + TestDataDir.temp("meridian-second-server-"),
                "--meridian.durable=false",
                "--meridian.bootstrap.demo-project=false",
                "--meridian.pipeline.enabled=false",
                "--meridian.bootstrap.admin-email=" + Api.ADMIN_EMAIL,
                "--meridian.bootstrap.admin-password=" + Api.ADMIN_PASSWORD,
                "--server.port=0",
                "--logging.level.root=warn");
    }
}
