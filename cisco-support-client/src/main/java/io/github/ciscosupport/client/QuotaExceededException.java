package io.github.ciscosupport.client;

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

}
