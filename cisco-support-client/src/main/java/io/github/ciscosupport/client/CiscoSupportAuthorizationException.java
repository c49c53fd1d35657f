package io.github.ciscosupport.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cisco refused the call even with a fresh token: the application is not activated for this API
 * in the Cisco API Console, the API is not enabled on it, or its credentials were revoked.
 */
public class CiscoSupportAuthorizationException extends CiscoSupportApiException {

	private static final long serialVersionUID = 1L;

	public CiscoSupportAuthorizationException(int statusCode, @Nullable String errorCode, String message) {
		super(statusCode, errorCode, message);
	}

	public CiscoSupportAuthorizationException(int statusCode, @Nullable String errorCode, String message, @Nullable FailedCall call,
			@Nullable Throwable cause) {
		super(statusCode, errorCode, message, call, cause);
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected CiscoSupportAuthorizationException(CiscoSupportAuthorizationException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
	}

	@Override
	public CiscoSupportAuthorizationException withUnansweredInputs(List<String> inputs) {
		return new CiscoSupportAuthorizationException(this, inputs);
	}

}
