package io.github.ciscosupport.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The Cisco Support API could not be reached or did not answer in time (HTTP 502, 503 or 504, a
 * reset connection or a response timeout), also after the configured retries. The status code is
 * 0 when no response was received; the cause then holds the I/O failure.
 */
public class ServiceUnavailableException extends CiscoSupportApiException {

	private static final long serialVersionUID = 1L;

	public ServiceUnavailableException(int statusCode, @Nullable String errorCode, String message) {
		super(statusCode, errorCode, message);
	}

	public ServiceUnavailableException(int statusCode, @Nullable String errorCode, String message,
			@Nullable Throwable cause) {
		super(statusCode, errorCode, message, cause);
	}

	public ServiceUnavailableException(int statusCode, @Nullable String errorCode, String message, @Nullable FailedCall call,
			@Nullable Throwable cause) {
		super(statusCode, errorCode, message, call, cause);
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected ServiceUnavailableException(ServiceUnavailableException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
	}

	@Override
	public ServiceUnavailableException withUnansweredInputs(List<String> inputs) {
		return new ServiceUnavailableException(this, inputs);
	}

}
