package io.github.ciscosupport.client;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The token endpoint (id.cisco.com) refused or failed to issue an access token. Carries the HTTP
 * status, the OAuth2 / Okta error code ({@code invalid_client}, ...) and, for a throttled
 * request, the wait the endpoint asked for, but never the credentials or a token.
 */
public class TokenEndpointException extends CiscoSupportException {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	private final @Nullable String errorCode;

	private final @Nullable Duration retryAfter;

	public TokenEndpointException(int statusCode, @Nullable String errorCode, String message) {
		this(statusCode, errorCode, message, null);
	}

	public TokenEndpointException(int statusCode, @Nullable String errorCode, String message,
			@Nullable Throwable cause) {
		this(statusCode, errorCode, message, null, cause);
	}

	/**
	 * @param statusCode the HTTP status, or 0 when no response was received
	 * @param errorCode the error code from the response body, or null
	 * @param message the message, without credentials or tokens
	 * @param retryAfter the wait the endpoint asked for ({@code Retry-After} or Okta's
	 * {@code x-rate-limit-reset}), or null
	 * @param cause the cause, or null
	 */
	public TokenEndpointException(int statusCode, @Nullable String errorCode, String message,
			@Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(message, cause);
		this.statusCode = statusCode;
		this.errorCode = errorCode;
		this.retryAfter = retryAfter;
	}

	/** HTTP status of the token response, or 0 when no response was received. */
	public int getStatusCode() {
		return this.statusCode;
	}

	/** Error code from the response body ({@code invalid_client}, ...), or null if there was none. */
	public @Nullable String getErrorCode() {
		return this.errorCode;
	}

	/**
	 * How long the token endpoint asked the client to wait before it tries again: its
	 * {@code Retry-After} (seconds or HTTP date) or, on a 429 without one, the time until Okta's
	 * {@code x-rate-limit-reset}; null when it asked for nothing.
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected TokenEndpointException(TokenEndpointException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
		this.statusCode = original.statusCode;
		this.errorCode = original.errorCode;
		this.retryAfter = original.retryAfter;
	}

	@Override
	public TokenEndpointException withUnansweredInputs(List<String> inputs) {
		return new TokenEndpointException(this, inputs);
	}

}
