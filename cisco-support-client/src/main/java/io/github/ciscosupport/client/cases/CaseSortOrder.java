package io.github.ciscosupport.client.cases;

/**
 * The {@code sort_by} order of case searches.
 */
public enum CaseSortOrder {

	/** Most recently updated first, Cisco's default. */
	UPDATED_DATE,

	/** By status. */
	STATUS

}
