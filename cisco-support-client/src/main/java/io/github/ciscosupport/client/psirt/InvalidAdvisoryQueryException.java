package io.github.ciscosupport.client.psirt;

import java.util.List;

import io.github.ciscosupport.client.CiscoSupportApiException;
import org.jspecify.annotations.Nullable;

/**
 * The PSIRT API refused a query as invalid (HTTP 406: a page index, page size, count, year,
 * severity or OS type it does not accept). Queries the client can check are refused with an
 * {@link IllegalArgumentException} before any call; this one covers what only Cisco knows, such
 * as a year after Cisco's current year.
 */
public class InvalidAdvisoryQueryException extends CiscoSupportApiException {

	private static final long serialVersionUID = 1L;

	InvalidAdvisoryQueryException(int statusCode, @Nullable String errorCode, String message,
			@Nullable Throwable cause) {
		super(statusCode, errorCode, message, cause);
	}

	/**
	 * A copy naming the inputs a lookup left unanswered; see {@link #withUnansweredInputs(List)}.
	 * @param original the exception to copy
	 * @param unansweredInputs the inputs that were not answered
	 */
	protected InvalidAdvisoryQueryException(InvalidAdvisoryQueryException original, List<String> unansweredInputs) {
		super(original, unansweredInputs);
	}

	@Override
	public InvalidAdvisoryQueryException withUnansweredInputs(List<String> inputs) {
		return new InvalidAdvisoryQueryException(this, inputs);
	}

}
