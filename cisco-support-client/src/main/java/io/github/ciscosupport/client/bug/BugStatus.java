package io.github.ciscosupport.client.bug;

/**
 * The status filter of bug searches; Cisco accepts one value.
 */
public enum BugStatus {

	/** Open ({@code O}). */
	OPEN("O"),

	/** Fixed ({@code F}). */
	FIXED("F"),

	/** Terminated ({@code T}). */
	TERMINATED("T");

	private final String code;

	BugStatus(String code) {
		this.code = code;
	}

	/**
	 * The value of the {@code status} parameter.
	 * @return {@code O}, {@code F} or {@code T}
	 */
	public String code() {
		return this.code;
	}

}
