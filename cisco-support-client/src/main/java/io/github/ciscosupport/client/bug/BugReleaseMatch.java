package io.github.ciscosupport.client.bug;

/**
 * Whether a search by product series or name matches the releases a bug affects or those it is
 * fixed in.
 */
public enum BugReleaseMatch {

	/** Bugs that affect the releases ({@code affected_releases}). */
	AFFECTED("affected_releases"),

	/** Bugs fixed in the releases ({@code fixed_in_releases}). */
	FIXED("fixed_in_releases");

	private final String pathSegment;

	BugReleaseMatch(String pathSegment) {
		this.pathSegment = pathSegment;
	}

	String pathSegment() {
		return this.pathSegment;
	}

}
