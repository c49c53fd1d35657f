package io.github.ciscosupport.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cisco kept throttling the call (HTTP 429, or 403 {@code ERR_403_DEVELOPER_OVER_QPS}) after the
 * configured retries, or the wait it asked for would have exceeded the configured maximum. The
 * application sends more requests per second than its key allows: lower the client-side rate
 * limit or look for other processes that use the same credentials.
 */
public class ThrottledException extends CiscoSupportApiException {

	private static final long serialVersionUID = 1L;

	public ThrottledException(int statusCode, @Nullable String errorCode, String message) {
		super(statusCode, errorCode, message);
	}

	public ThrottledException(int statusCode, @Nullable String errorCode, String message, @Nullable FailedCall call,
			@Nullable Throwable cause) {
		super(statusCode, errorCode, message, call, cause);
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected ThrottledException(ThrottledException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
	}

	@Override
	public ThrottledException withUnansweredInputs(List<String> inputs) {
		return new ThrottledException(this, inputs);
	}

}
