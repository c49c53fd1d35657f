package io.github.ciscosupport.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The application's daily quota is exhausted ({@code ERR_403_DEVELOPER_OVER_RATE}). Retrying
 * cannot help until the quota resets, so this is raised at once.
 */
public class QuotaExceededException extends CiscoSupportApiException {

	private static final long serialVersionUID = 1L;

	public QuotaExceededException(int statusCode, @Nullable String errorCode, String message) {
		super(statusCode, errorCode, message);
	}

	public QuotaExceededException(int statusCode, @Nullable String errorCode, String message, @Nullable FailedCall call,
			@Nullable Throwable cause) {
		super(statusCode, errorCode, message, call, cause);
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected QuotaExceededException(QuotaExceededException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
	}

	@Override
	public QuotaExceededException withUnansweredInputs(List<String> inputs) {
		return new QuotaExceededException(this, inputs);
	}

}
