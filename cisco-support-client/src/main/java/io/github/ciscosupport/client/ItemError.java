package io.github.ciscosupport.client;

import java.util.Objects;

import io.github.ciscosupport.client.internal.batch.CiscoErrorCodes;
import org.jspecify.annotations.Nullable;

/**
 * Why one input has no data: Cisco knows nothing about it, it was refused as invalid (by Cisco
 * or already by the client, in which case it was never sent), Cisco reported another error for
 * it or for the batch it was part of, or the call for its batch failed.
 *
 * @param kind what kind of problem this is
 * @param code the Cisco error code ({@code SSA_ERR_026}, {@code NO_RECORDS_FOUND}, ...), or
 * {@code null} when the client found the problem itself
 * @param description a human-readable description, Cisco's own when there is one
 * @param status for {@link Kind#UNAVAILABLE UNAVAILABLE}, the HTTP status of the failed call
 * (0 when no reply arrived); 0 for the other kinds
 * @param cause for {@link Kind#UNAVAILABLE UNAVAILABLE}, the exception the call failed with;
 * {@code null} for the other kinds
 */
public record ItemError(Kind kind, @Nullable String code, String description, int status, @Nullable Throwable cause) {

	public ItemError {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(description, "description");
	}

	/**
	 * An error without status or cause, as Cisco reports them in a response body and as the
	 * client finds them.
	 * @param kind what kind of problem this is
	 * @param code the Cisco error code, or {@code null}
	 * @param description a human-readable description
	 */
	public ItemError(Kind kind, @Nullable String code, String description) {
		this(kind, code, description, 0, null);
	}

	/**
	 * An error reported by Cisco, its kind derived from the code (see {@link CiscoErrorCodes}).
	 * @param code the Cisco error code, if any
	 * @param description Cisco's description, if any
	 * @return the error
	 */
	public static ItemError fromCisco(@Nullable String code, @Nullable String description) {
		String text = (description != null && !description.isBlank()) ? description
				: "Cisco reported error " + code;
		return new ItemError(CiscoErrorCodes.kindOf(code), code, text);
	}

	/**
	 * An input the client refused to send.
	 * @param description why
	 * @return the error
	 */
	public static ItemError invalidInput(String description) {
		return new ItemError(Kind.INVALID_INPUT, null, description);
	}

	/**
	 * An input whose batch could not be answered: the call failed, after the transport's
	 * retries, with a failure that concerns that call only.
	 * @param cause what the call failed with; its HTTP status, when it has one, becomes
	 * {@link #status()}
	 * @return the error
	 */
	public static ItemError unavailable(Throwable cause) {
		Objects.requireNonNull(cause, "cause");
		int status = 0;
		if (cause instanceof CiscoSupportApiException api) {
			status = api.getStatusCode();
		}
		else if (cause instanceof TokenEndpointException token) {
			status = token.getStatusCode();
		}
		String reason = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getName();
		return new ItemError(Kind.UNAVAILABLE, null, "Cisco did not answer: " + reason, status, cause);
	}

	/** What kind of problem an {@link ItemError} is. */
	public enum Kind {

		/** Cisco has no data for this input (unknown serial number, product not end-of-life...). */
		NOT_FOUND,

		/** The input is malformed: refused by the client before sending, or by Cisco. */
		INVALID_INPUT,

		/** Cisco reported another error for this input or for its whole batch. */
		API_ERROR,

		/**
		 * Cisco's answer is unavailable: the call for this input's batch failed after the
		 * transport's retries (service unavailable, throttled, a reply that could not be used,
		 * an unexpected status, or HTTP 414 for the input alone), while the other batches went
		 * on. {@link ItemError#status()} and {@link ItemError#cause()} say why. The input itself
		 * may be fine: look it up again later.
		 */
		UNAVAILABLE

	}

}
