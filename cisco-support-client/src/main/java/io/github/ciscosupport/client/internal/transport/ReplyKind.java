package io.github.ciscosupport.client.internal.transport;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * What a reply means to the transport policies, decided from its status, its
 * {@code X-Mashery-Error-Code} header and its content type, never from its body.
 */
public enum ReplyKind {

	/** The daily quota is used up ({@code ERR_403_DEVELOPER_OVER_RATE}, with 403 or 429). */
	QUOTA_EXCEEDED,

	/** Too many requests per second: 429, or a Mashery {@code *_OVER_QPS} code. Retryable. */
	THROTTLED,

	/** 502, 503 or 504. Retryable. */
	UNAVAILABLE,

	/** 401, or 403 {@code ERR_403_NOT_AUTHORIZED} / {@code ERR_403_DEVELOPER_INACTIVE}. */
	NOT_AUTHORIZED,

	/** Any other error reply of the gateway, or one without a JSON body. */
	FAILED,

	/**
	 * A success, or an error reply with a JSON body and no Mashery code: an API's own error
	 * envelope ({@code ErrorResponse}, Case validation errors, PSIRT 406...), left to the caller.
	 */
	FOR_CALLER;

	public static final String ERROR_CODE_HEADER = "X-Mashery-Error-Code";

	public static final String OVER_RATE = "ERR_403_DEVELOPER_OVER_RATE";

	static final String NOT_AUTHORIZED_CODE = "ERR_403_NOT_AUTHORIZED";

	static final String DEVELOPER_INACTIVE = "ERR_403_DEVELOPER_INACTIVE";

	public static ReplyKind of(ClientResponse response) {
		int status = response.statusCode().value();
		String errorCode = errorCode(response);
		if (status < 400) {
			return FOR_CALLER;
		}
		if (OVER_RATE.equals(errorCode)) {
			return QUOTA_EXCEEDED;
		}
		// Mashery's "Rate Limit Exceeded" (service over capacity) is assumed to use the same
		// suffix as ERR_403_DEVELOPER_OVER_QPS; both heal after a short wait.
		if (status == 429 || (errorCode != null && errorCode.endsWith("_OVER_QPS"))) {
			return THROTTLED;
		}
		if (status >= 502 && status <= 504) {
			return UNAVAILABLE;
		}
		if (errorCode == null && isJson(response)) {
			return FOR_CALLER;
		}
		if (status == 401 || NOT_AUTHORIZED_CODE.equals(errorCode) || DEVELOPER_INACTIVE.equals(errorCode)) {
			return NOT_AUTHORIZED;
		}
		return FAILED;
	}

	boolean retryable() {
		return this == THROTTLED || this == UNAVAILABLE;
	}

	static @Nullable String errorCode(ClientResponse response) {
		return response.headers().asHttpHeaders().getFirst(ERROR_CODE_HEADER);
	}

	static boolean isJson(ClientResponse response) {
		return response.headers()
			.contentType()
			.filter((type) -> MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix()))
			.isPresent();
	}

}
