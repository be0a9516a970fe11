package dev.meridian.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.AccessMatrix.Case;
import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.AccessMatrix.Outcome;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix of one module: each endpoint of its table is called by every kind of caller, and the
 * table must name every API route the module's controllers answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EndpointMatrix {

    @LocalServerPort
    protected int port;

    @Autowired
    protected WorkerByHand worker;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    protected RequestMappingHandlerMapping mappings;

    /** Every endpoint of the module, with the least access that may call it. */
    protected abstract List<Endpoint> endpoints();

    /** The packages whose controllers the table must cover. */
    protected abstract List<String> packages();

    Stream<Case> allowed() {
        return AccessMatrix.cases(endpoints(), Outcome.ALLOWED);
    }

    Stream<Case> anonymous() {
        return AccessMatrix.cases(endpoints(), Outcome.UNAUTHORIZED);
    }

    Stream<Case> hidden() {
        return AccessMatrix.cases(endpoints(), Outcome.NOT_FOUND);
    }

    Stream<Case> forbidden() {
        return AccessMatrix.cases(endpoints(), Outcome.FORBIDDEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void allowsWhatTheRoleGrants(Case c) {
        new AccessMatrix(port, worker).check(c);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("anonymous")
    void asksAnonymousCallersToLogIn(Case c) {
        new AccessMatrix(port, worker).check(c);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("hidden")
    void hidesProjectsFromNonMembers(Case c) {
        new AccessMatrix(port, worker).check(c);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("forbidden")
    void refusesWhatTheRoleDoesNotGrant(Case c) {
        new AccessMatrix(port, worker).check(c);
    }

    @Test
    void coversEveryEndpointOfTheModule() {
        var covered = AccessMatrix.routes(endpoints()).stream().filter(r -> r.contains(" /api/v1/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).isEqualTo(AccessMatrix.routes(mappings, packages().toArray(String[]::new)));
    }
}
