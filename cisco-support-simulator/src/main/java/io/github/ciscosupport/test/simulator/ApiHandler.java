package io.github.ciscosupport.test.simulator;

import java.util.List;

/**
 * Serves one Cisco API.
 *
 * @author cisco-support-spring
 */
interface ApiHandler {

	Api api();

	/**
	 * Matches a request to an endpoint. Must not have side effects: the gateway decides afterwards
	 * whether the action runs.
	 * @param request the request
	 * @param segments the decoded path segments after the API's base path
	 * @return the route, or {@code null} when no endpoint matches
	 */
	Route route(SimRequest request, List<String> segments);

}
