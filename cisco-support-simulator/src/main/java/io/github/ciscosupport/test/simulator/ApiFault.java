package io.github.ciscosupport.test.simulator;

/**
 * What a failing API call does. See {@link Faults#failNextApiCalls(int, ApiFault)}.
 *
 * @author cisco-support-spring
 */
public enum ApiFault {

	/**
	 * A spurious Mashery {@code 403} with {@code X-Mashery-Error-Code: ERR_403_DEVELOPER_INACTIVE},
	 * as apix.cisco.com sometimes answers for a valid token.
	 */
	DEVELOPER_INACTIVE,

	/** {@code 500 Internal Server Error}. */
	INTERNAL_SERVER_ERROR,

	/** {@code 502 Bad Gateway}. */
	BAD_GATEWAY,

	/** {@code 503 Service Unavailable} (maintenance). */
	SERVICE_UNAVAILABLE,

	/** {@code 504 Gateway Timeout}. */
	GATEWAY_TIMEOUT,

	/** The connection is reset before any response. */
	CONNECTION_RESET,

	/** A {@code 200} whose JSON body is cut off halfway. */
	MALFORMED_JSON,

	/** A {@code 401}, as for an expired or revoked token. */
	INVALID_TOKEN,

	/**
	 * A {@code 200} whose connection drops mid-body: the status line and headers arrive, then a
	 * few bytes that end no chunk of the (chunked) body, then the connection closes.
	 */
	CONNECTION_DROPPED_MID_BODY,

	/** A {@code 200} with the API's JSON content type and an empty body. */
	EMPTY_BODY,

	/**
	 * A {@code 200} HTML maintenance page ({@code text/html}), as a gateway or load balancer in
	 * front of an API may answer.
	 */
	HTML_PAGE;

	/** Whether the fault spoils the endpoint's own answer rather than replacing it. */
	boolean spoilsTheAnswer() {
		return this == MALFORMED_JSON || this == EMPTY_BODY;
	}

}
