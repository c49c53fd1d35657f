package io.github.ciscosupport.client.internal.transport;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
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
		return of(response.statusCode().value(), response.headers().asHttpHeaders());
	}

	/**
	 * The kind of a reply of any HTTP client, from its status and headers.
	 * @param status the status code
	 * @param headers the reply's headers
	 * @return the kind
	 */
	public static ReplyKind of(int status, HttpHeaders headers) {
		String errorCode = headers.getFirst(ERROR_CODE_HEADER);
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
		if (errorCode == null && isJson(headers)) {
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
		return isJson(response.headers().asHttpHeaders());
	}

	static boolean isJson(HttpHeaders headers) {
		return Optional.ofNullable(headers.getContentType())
			.filter((type) -> MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix()))
			.isPresent();
	}

}
