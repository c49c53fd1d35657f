package io.github.ciscosupport.client.bug;

/**
 * The {@code modified_date} filter of bug searches: how recently a bug was last modified.
 * Cisco's default, when the filter is not set, is {@link #LAST_30_DAYS}.
 */
public enum BugModifiedWithin {

	/** The last 7 days ({@code 1}). */
	LAST_7_DAYS,

	/** The last 30 days ({@code 2}), Cisco's default. */
	LAST_30_DAYS,

	/** The last 6 months ({@code 3}). */
	LAST_6_MONTHS,

	/** The last year ({@code 4}). */
	LAST_YEAR,

	/** Any time ({@code 5}). */
	ANY_TIME;

	/**
	 * The value of the {@code modified_date} parameter.
	 * @return 1 to 5
	 */
	public int code() {
		return ordinal() + 1;
	}

}
