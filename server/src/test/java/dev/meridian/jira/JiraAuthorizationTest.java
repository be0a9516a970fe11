package dev.meridian.jira;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Access.MEMBER;
import static dev.meridian.support.AccessMatrix.Access.USER;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
import static dev.meridian.support.AccessMatrix.Endpoint.change;
import static dev.meridian.support.AccessMatrix.Endpoint.read;

import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.MeridianTest;
import java.util.List;

/** The Jira-compatible API grants exactly what Meridian's own API grants, refusing in Jira's error shape. */
@MeridianTest
class JiraAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            read("/rest/api/2/myself", USER),
            read("/rest/api/2/project", USER),
            read("/rest/api/2/project/{project}", VIEWER),
            read("/rest/api/2/search?jql=order+by+created", USER),
            call("POST", "/rest/api/2/search", "{'jql':'order by created'}", USER),
            change("POST", "/rest/api/2/issue", "{'fields':{'project':{'key':'{project}'},'issuetype':{'name':'Task'},'summary':'From a script'}}",
                    MEMBER),
            read("/rest/api/2/issue/{issue}", VIEWER),
            change("PUT", "/rest/api/2/issue/{issue}", "{'fields':{'summary':'Renamed by a script'}}", MEMBER),
            change("DELETE", "/rest/api/2/issue/{issue}", null, ADMIN),
            read("/rest/api/2/issue/{issue}/comment", VIEWER),
            change("POST", "/rest/api/2/issue/{issue}/comment", "{'body':'From a script'}", MEMBER),
            read("/rest/api/2/issue/{issue}/transitions", VIEWER),
            change("POST", "/rest/api/2/issue/{issue}/transitions", "{'transition':{'name':'In Progress'}}", MEMBER),
            change("POST", "/rest/api/2/issueLink", "{'type':{'name':'Blocks'},'outwardIssue':{'key':'{issue}'},'inwardIssue':{'key':'{other}'}}",
                    MEMBER),
            read("/rest/api/2/issueLinkType", USER),
            read("/rest/api/2/user/search?query=a", USER));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.jira");
    }
}
