package io.github.ciscosupport.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An API call on apix.cisco.com failed in a way that retrying will not fix (or retries were
 * exhausted). Carries the HTTP status and the Mashery gateway error code when there was one.
 */
public class CiscoSupportApiException extends CiscoSupportException {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	private final @Nullable String errorCode;

	private final @Nullable FailedCall call;

	public CiscoSupportApiException(int statusCode, @Nullable String errorCode, String message) {
		this(statusCode, errorCode, message, null, null);
	}

	public CiscoSupportApiException(int statusCode, @Nullable String errorCode, String message,
			@Nullable Throwable cause) {
		this(statusCode, errorCode, message, null, cause);
	}

	public CiscoSupportApiException(int statusCode, @Nullable String errorCode, String message,
			@Nullable FailedCall call, @Nullable Throwable cause) {
		super(message, cause);
		this.statusCode = statusCode;
		this.errorCode = errorCode;
		this.call = call;
	}

	/** HTTP status of the response, or 0 when no response was received. */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Gateway ({@code X-Mashery-Error-Code}) or in-body error code ({@code SSA_ERR_034}, ...), or
	 * null.
	 */
	public @Nullable String getErrorCode() {
		return this.errorCode;
	}

	/** The failed call (method, path, gateway message id, body excerpt), or null if not known. */
	public @Nullable FailedCall getCall() {
		return this.call;
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected CiscoSupportApiException(CiscoSupportApiException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
		this.statusCode = original.statusCode;
		this.errorCode = original.errorCode;
		this.call = original.call;
	}

	@Override
	public CiscoSupportApiException withUnansweredInputs(List<String> inputs) {
		return new CiscoSupportApiException(this, inputs);
	}

}
