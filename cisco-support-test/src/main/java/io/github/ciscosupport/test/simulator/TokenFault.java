package io.github.ciscosupport.test.simulator;

/**
 * What a failing token call does. See {@link Faults#failNextTokenCalls(int, TokenFault)}.
 *
 * @author cisco-support-spring
 */
public enum TokenFault {

	/**
	 * A false, temporary {@code 401 invalid_client} although the credentials are right, as
	 * id.cisco.com sometimes answers.
	 */
	INVALID_CLIENT,

	/** {@code 500 Internal Server Error}. */
	SERVER_ERROR,

	/** {@code 503 Service Unavailable}. */
	SERVICE_UNAVAILABLE,

	/**
	 * The response (a valid token) is delayed by {@link Faults#tokenHangDuration(java.time.Duration)
	 * the hang duration}, 30 seconds by default, so the client times out first.
	 */
	HANG,

	/** The connection is reset before any response. */
	CONNECTION_RESET

}
