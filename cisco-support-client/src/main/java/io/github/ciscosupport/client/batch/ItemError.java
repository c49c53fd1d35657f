package io.github.ciscosupport.client.batch;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Why one input has no data: Cisco knows nothing about it, it was refused as invalid (by Cisco
 * or already by the client, in which case it was never sent), or Cisco reported another error
 * for it or for the batch it was part of.
 *
 * @param kind what kind of problem this is
 * @param code the Cisco error code ({@code SSA_ERR_026}, {@code NO_RECORDS_FOUND}, ...), or
 * {@code null} when the client found the problem itself
 * @param description a human-readable description, Cisco's own when there is one
 */
public record ItemError(Kind kind, @Nullable String code, String description) {

	public ItemError {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(description, "description");
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

	/** What kind of problem an {@link ItemError} is. */
	public enum Kind {

		/** Cisco has no data for this input (unknown serial number, product not end-of-life...). */
		NOT_FOUND,

		/** The input is malformed: refused by the client before sending, or by Cisco. */
		INVALID_INPUT,

		/** Cisco reported another error for this input or for its whole batch. */
		API_ERROR

	}

}
