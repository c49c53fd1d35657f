package io.github.ciscosupport.client.psirt;

import java.util.Locale;

/**
 * The security impact rating (SIR) of an advisory, as the PSIRT API filters on it.
 */
public enum AdvisorySeverity {

	/** Critical. */
	CRITICAL,

	/** High. */
	HIGH,

	/** Medium. */
	MEDIUM,

	/** Low. */
	LOW,

	/** Informational. */
	INFORMATIONAL;

	/**
	 * The value of the {@code severity/{sir}} path segment.
	 * @return the lower-case name
	 */
	public String pathValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
