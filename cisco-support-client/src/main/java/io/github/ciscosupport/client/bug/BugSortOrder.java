package io.github.ciscosupport.client.bug;

import java.util.Locale;

/**
 * The {@code sort_by} order of bug searches.
 */
public enum BugSortOrder {

	/** By status. */
	STATUS,

	/** Most recently modified first. */
	MODIFIED_DATE,

	/** Least recently modified first. */
	MODIFIED_DATE_EARLIEST,

	/** By severity, most severe first. */
	SEVERITY,

	/** Most support cases first. */
	SUPPORT_CASE_COUNT;

	/**
	 * The value of the {@code sort_by} parameter.
	 * @return the lower-case name
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
