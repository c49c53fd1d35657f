package io.github.ciscosupport.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The token endpoint (id.cisco.com) refused or failed to issue an access token. Carries the HTTP
 * status and the OAuth2 / Okta error code ({@code invalid_client}, ...) but never the credentials.
 */
public class TokenEndpointException extends CiscoSupportException {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	private final @Nullable String errorCode;

	public TokenEndpointException(int statusCode, @Nullable String errorCode, String message) {
		this(statusCode, errorCode, message, null);
	}

	public TokenEndpointException(int statusCode, @Nullable String errorCode, String message,
			@Nullable Throwable cause) {
		super(message, cause);
		this.statusCode = statusCode;
		this.errorCode = errorCode;
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
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected TokenEndpointException(TokenEndpointException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
		this.statusCode = original.statusCode;
		this.errorCode = original.errorCode;
	}

	@Override
	public TokenEndpointException withUnansweredInputs(List<String> inputs) {
		return new TokenEndpointException(this, inputs);
	}

}
