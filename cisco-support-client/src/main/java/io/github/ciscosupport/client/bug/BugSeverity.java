package io.github.ciscosupport.client.bug;

/**
 * The severity filter of bug searches; Cisco accepts one value, not a list.
 */
public enum BugSeverity {

	/** Severity 1, catastrophic. */
	CATASTROPHIC,

	/** Severity 2, severe. */
	SEVERE,

	/** Severity 3, moderate. */
	MODERATE,

	/** Severity 4, minor. */
	MINOR,

	/** Severity 5, cosmetic. */
	COSMETIC,

	/** Severity 6, enhancement. */
	ENHANCEMENT;

	/**
	 * The value of the {@code severity} parameter.
	 * @return 1 to 6
	 */
	public int level() {
		return ordinal() + 1;
	}

}
