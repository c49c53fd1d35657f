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
	CONNECTION_RESET,

	/**
	 * Okta's rate limit: {@code 429} with error {@code E0000047} and the {@code x-rate-limit-*}
	 * headers, {@code x-rate-limit-reset} (epoch seconds) being {@link Faults#tokenRateLimitWait
	 * the rate-limit wait} after the reply's {@code Date}. No {@code Retry-After}.
	 */
	RATE_LIMITED,

	/**
	 * {@code 429} with {@code Retry-After} in seconds ({@link Faults#tokenRateLimitWait the
	 * rate-limit wait}) and no {@code x-rate-limit-*} headers, as a gateway in front of the token
	 * endpoint answers.
	 */
	RATE_LIMITED_RETRY_AFTER,

	/**
	 * {@code 429} with {@code Retry-After} as an HTTP date, {@link Faults#tokenRateLimitWait the
	 * rate-limit wait} after the reply's {@code Date}, and no {@code x-rate-limit-*} headers.
	 */
	RATE_LIMITED_RETRY_AFTER_DATE,

	/**
	 * {@code 200} whose body, a token response, stops short a few characters into the
	 * {@code access_token} value: an issued token's beginning that a client must not echo in its
	 * error message.
	 */
	TRUNCATED_TOKEN

}
