package dev.meridian.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@MeridianTest
class AuthenticationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void acceptsThePasswordOrAnApiTokenWithBasicAuth() {
        var fixtures = new Fixtures(port);
        var withToken = fixtures.user("carol");
        var email = Fixtures.email(withToken);
        var withPassword = Api.anonymous(port).as(email, "password-carol");
        assertThat(withPassword.get("/api/v1/myself").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).as(email, "wrong-password").get("/api/v1/myself").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).as(email, "mrd_" + "x".repeat(43)).get("/api/v1/myself").status()).isEqualTo(401);
    }

    @Test
    void storesPasswordsAndTokensOnlyAsHashes() {
        var fixtures = new Fixtures(port);
        var user = fixtures.user("dave");
        var email = Fixtures.email(user);
        var secret = user.post("/api/v1/myself/tokens", Map.of("name", "ci")).json().get("secret").asString();
        var hash = jdbc.sql("select password_hash from users where email = ?").param(email).query(String.class).single();
        assertThat(hash).startsWith("{argon2}").doesNotContain("password-dave");
        var stored = jdbc.sql("select count(*) from api_tokens where encode(token_hash, 'escape') like ?")
                .param("%" + secret + "%").query(Long.class).single();
        assertThat(stored).isZero();
    }

    @Test
    void aRevokedTokenStopsWorking() {
        var fixtures = new Fixtures(port);
        var user = fixtures.user("erin");
        var email = Fixtures.email(user);
        var created = user.post("/api/v1/myself/tokens", Map.of("name", "laptop")).json();
        var tokenUser = Api.anonymous(port).as(email, created.get("secret").asString());
        assertThat(tokenUser.get("/api/v1/myself").status()).isEqualTo(200);
        assertThat(user.get("/api/v1/myself/tokens").json().findValuesAsString("name")).contains("laptop");
        assertThat(user.delete("/api/v1/myself/tokens/" + created.get("token").get("id").asLong()).status()).isEqualTo(204);
        assertThat(tokenUser.get("/api/v1/myself").status()).isEqualTo(401);
    }

    @Test
    void unauthenticatedCallsGetAProblemAndABasicChallenge() {
        var response = Api.anonymous(port).get("/api/v1/projects");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        var fromBrowser = Api.anonymous(port).header("X-Requested-With", "XMLHttpRequest").get("/api/v1/projects");
        assertThat(fromBrowser.header("WWW-Authenticate")).isNull();
    }

    @Test
    void aBrowserSessionNeedsTheCsrfTokenForChanges() throws Exception {
        var fixtures = new Fixtures(port);
        fixtures.user("frank");
        var email = fixtures.admin().get("/api/v1/users?query=frank").json().get(0).get("email").asString();
        var browser = new Browser(port);
        var start = browser.send("GET", "/api/v1/session", null, null);
        assertThat(start.body()).contains("\"user\":null");
        var csrf = browser.cookie("XSRF-TOKEN");
        assertThat(browser.send("POST", "/api/v1/session", "{\"email\":\"" + email + "\",\"password\":\"password-frank\"}", null).statusCode())
                .isEqualTo(403);
        var login = browser.send("POST", "/api/v1/session", "{\"email\":\"" + email + "\",\"password\":\"password-frank\"}", csrf);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(browser.send("GET", "/api/v1/myself", null, null).statusCode()).isEqualTo(200);
        var token = browser.cookie("XSRF-TOKEN");
        assertThat(browser.send("POST", "/api/v1/myself/tokens", "{\"name\":\"x\"}", null).statusCode()).isEqualTo(403);
        assertThat(browser.send("POST", "/api/v1/myself/tokens", "{\"name\":\"x\"}", token).statusCode()).isEqualTo(201);
        assertThat(browser.send("DELETE", "/api/v1/session", null, browser.cookie("XSRF-TOKEN")).statusCode()).isEqualTo(204);
        assertThat(browser.send("GET", "/api/v1/myself", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordAtLoginIsA401Problem() throws Exception {
        var browser = new Browser(port);
        browser.send("GET", "/api/v1/session", null, null);
        var login = browser.send("POST", "/api/v1/session", "{\"email\":\"" + Api.ADMIN_EMAIL + "\",\"password\":\"nope\"}",
                browser.cookie("XSRF-TOKEN"));
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("wrong");
    }

    @Test
    void tenWrongPasswordsRefuseThatEmailsPasswordFromThatAddressForAWhileButNotItsTokens() throws Exception {
        var fixtures = new Fixtures(port);
        var tokenUser = fixtures.user("grace");
        var email = Fixtures.email(tokenUser);
        for (int i = 0; i < 10; i++) {
            assertThat(Api.anonymous(port).as(email, "guess-" + i).get("/api/v1/myself").status()).isEqualTo(401);
        }

        var refused = Api.anonymous(port).as(email, "password-grace").get("/api/v1/myself");
        Problems.assertProblem(refused, 429);
        assertThat(refused.text()).contains("Too many failed logins").contains("15 minutes");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
        var browser = new Browser(port);
        browser.send("GET", "/api/v1/session", null, null);
        var login = browser.send("POST", "/api/v1/session", "{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"password-grace\"}",
                browser.cookie("XSRF-TOKEN"));
        assertThat(login.statusCode()).as("the same email in other letters").isEqualTo(429);
        assertThat(login.headers().firstValue("Retry-After")).isPresent();
        assertThat(login.body()).contains("\"retryAfterSeconds\"");

        assertThat(tokenUser.get("/api/v1/myself").status()).as("an API token still works").isEqualTo(200);
        var basic = Base64.getEncoder().encodeToString((email + ":password-grace").getBytes(StandardCharsets.UTF_8));
        assertThat(statusLineFrom("127.0.0.2", "GET /api/v1/myself HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
                + "\r\nConnection: close\r\n\r\n")).as("the password from another address").contains(" 200 ");
    }

    /** Java 17's HTTP client cannot choose the address it sends from; a socket can. */
    private String statusLineFrom(String address, String request) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    /** A client that keeps cookies, as a browser does. */
    static final class Browser {
        private final CookieManager cookies;
        private final HttpClient http;
        private final int port;

        Browser(int port) {
            this(port, new CookieManager());
        }

        private Browser(int port, CookieManager cookies) {
            this.port = port;
            this.cookies = cookies;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        /** The same browser (its cookies) talking to another server. */
        Browser on(int otherPort) {
            return new Browser(otherPort, cookies);
        }

        HttpResponse<String> send(String method, String path, String json, String csrf) throws Exception {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Requested-With", "XMLHttpRequest");
            if (csrf != null) {
                request.header("X-XSRF-TOKEN", csrf);
            }
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }
    }
}
