package dev.meridian.importing;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
import static dev.meridian.support.AccessMatrix.Endpoint.change;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.AccessMatrix;
import dev.meridian.support.AccessMatrix.Case;
import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.AccessMatrix.Outcome;
import dev.meridian.support.MeridianTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@MeridianTest
class ImportAuthorizationTest {

    static final List<Endpoint> ENDPOINTS = List.of(
            change("POST", "/api/v1/projects/{project}/import", "Issue id,Summary,Status\n7,Imported,Weird status\n", ADMIN).csv(),
            call("POST", "/api/v1/projects/{project}/import/duplicates", "Issue id,Duplicate id\n7,8\n", ADMIN).csv());

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Case> allowed() {
        return AccessMatrix.cases(ENDPOINTS, Outcome.ALLOWED);
    }

    static Stream<Case> anonymous() {
        return AccessMatrix.cases(ENDPOINTS, Outcome.UNAUTHORIZED);
    }

    static Stream<Case> hidden() {
        return AccessMatrix.cases(ENDPOINTS, Outcome.NOT_FOUND);
    }

    static Stream<Case> forbidden() {
        return AccessMatrix.cases(ENDPOINTS, Outcome.FORBIDDEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void allowsWhatTheRoleGrants(Case c) {
        new AccessMatrix(port).check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anonymous")
    void asksAnonymousCallersToLogIn(Case c) {
        new AccessMatrix(port).check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hidden")
    void hidesTheProjectFromNonMembers(Case c) {
        new AccessMatrix(port).check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void refusesImportsToAllButProjectAdmins(Case c) {
        new AccessMatrix(port).check(c);
    }

    @Test
    void coversEveryImportEndpoint() {
        assertThat(AccessMatrix.routes(ENDPOINTS)).isEqualTo(AccessMatrix.routes(mappings, "dev.meridian.importing"));
    }
}
