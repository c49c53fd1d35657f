package io.github.ciscosupport.test.simulator;

import java.util.UUID;

/**
 * The gateway-level answers of apix.cisco.com (a Mashery proxy): HTTP status,
 * {@code X-Mashery-Error-Code} and a short HTML-ish body served as {@code text/xml}.
 *
 * @author cisco-support-spring
 */
final class Mashery {

	static final String ERROR_CODE = "X-Mashery-Error-Code";

	static final String MESSAGE_ID = "X-Mashery-Message-ID";

	private static final String TEXT_XML = "text/xml";

	private Mashery() {
	}

	static SimResponse notAuthorized() {
		return error(403, "ERR_403_NOT_AUTHORIZED", "Not Authorized",
				"Authorization Header is either empty or not found in request");
	}

	/**
	 * The answer to an expired, revoked or unknown token. Cisco's exact body was never captured;
	 * clients key on the status.
	 */
	static SimResponse invalidToken() {
		return SimResponse.text(401, TEXT_XML, "<h1>Not Authorized</h1>")
			.header(MESSAGE_ID, messageId())
			.header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
			.outcome("invalid_token");
	}

	static SimResponse developerInactive() {
		return error(403, "ERR_403_DEVELOPER_INACTIVE", "Account Inactive", "<h1>Developer Inactive</h1>");
	}

	static SimResponse overQps(int status) {
		return error(status, "ERR_403_DEVELOPER_OVER_QPS", "Account Over Queries Per Second Limit",
				"<h1>Developer Over Qps</h1>")
			.header("Retry-After", "1");
	}

	static SimResponse overRate(int status, long retryAfterSeconds) {
		return error(status, "ERR_403_DEVELOPER_OVER_RATE", "Account Over Rate Limit", "<h1>Developer Over Rate</h1>")
			.header("Retry-After", String.valueOf(retryAfterSeconds));
	}

	static SimResponse serviceNotFound() {
		return error(596, "ERR_596_SERVICE_NOT_FOUND", "Service Not Found", "<h1>Service Not Found</h1>");
	}

	/**
	 * The answer of the front end to a URL it finds too long: not Mashery's, so without
	 * {@code X-Mashery-Error-Code}, as an HTML page.
	 */
	static SimResponse uriTooLong() {
		return SimResponse.text(414, "text/html", "<html><head><title>414 Request-URI Too Large</title></head>"
				+ "<body><center><h1>414 Request-URI Too Large</h1></center></body></html>")
			.outcome("uri_too_long");
	}

	/** A maintenance page served with {@code 200}, as a load balancer in front of an API may. */
	static SimResponse maintenancePage() {
		return SimResponse.text(200, "text/html", "<html><head><title>Maintenance</title></head><body><h1>Down for "
				+ "maintenance</h1><p>The service will be back shortly.</p></body></html>");
	}

	static SimResponse notFound() {
		return SimResponse.text(404, TEXT_XML, "<h1>Not Found</h1>").header(MESSAGE_ID, messageId())
			.outcome("not_found");
	}

	static SimResponse methodNotAllowed(String allowed) {
		return SimResponse.text(405, TEXT_XML, "<h1>Method Not Allowed</h1>")
			.header(MESSAGE_ID, messageId())
			.header("Allow", allowed)
			.outcome("method_not_allowed");
	}

	static SimResponse serverError(int status) {
		return switch (status) {
			case 502 -> error(502, "ERR_502_BAD_GATEWAY", "Bad Gateway", "<h1>Bad Gateway</h1>");
			case 503 -> error(503, "ERR_503_SERVICE_UNAVAILABLE", "Service Unavailable",
					"<h1>Service Unavailable</h1>");
			case 504 -> error(504, "ERR_504_GATEWAY_TIMEOUT", "Gateway Timeout", "<h1>Gateway Timeout</h1>");
			default -> SimResponse.text(status, TEXT_XML, "<h1>Internal Server Error</h1>")
				.header(MESSAGE_ID, messageId())
				.outcome("HTTP_" + status);
		};
	}

	static String messageId() {
		return UUID.randomUUID().toString();
	}

	private static SimResponse error(int status, String code, String detail, String body) {
		return SimResponse.text(status, TEXT_XML, body)
			.header(MESSAGE_ID, messageId())
			.header(ERROR_CODE, code)
			.header("X-Error-Detail-Header", detail)
			.outcome(code);
	}

}
