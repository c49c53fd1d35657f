package io.github.ciscosupport.client.cases;

/**
 * The {@code status_flag} filter of case searches.
 */
public enum CaseStatus {

	/** Open cases ({@code O}). */
	OPEN("O"),

	/** Closed cases ({@code C}). */
	CLOSED("C");

	private final String code;

	CaseStatus(String code) {
		this.code = code;
	}

	/**
	 * The value of the {@code status_flag} parameter.
	 * @return {@code O} or {@code C}
	 */
	public String code() {
		return this.code;
	}

}
