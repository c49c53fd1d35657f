package io.github.ciscosupport.test.simulator;

/**
 * The body shape of token endpoint errors.
 *
 * @author cisco-support-spring
 */
public enum TokenErrorShape {

	/**
	 * Okta's native shape, as recorded from id.cisco.com:
	 * {@code {"errorCode":"invalid_client","errorSummary":…,"errorLink":…,"errorId":…,"errorCauses":[]}}.
	 */
	OKTA,

	/** The RFC 6749 shape: {@code {"error":"invalid_client","error_description":…}}. */
	RFC_6749

}
