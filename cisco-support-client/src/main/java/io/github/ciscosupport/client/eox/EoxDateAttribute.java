package io.github.ciscosupport.client.eox;

/**
 * Which milestone an EoX by-dates query matches against the date range ({@code eoxAttrib}).
 */
public enum EoxDateAttribute {

	/** {@code EO_EXT_ANNOUNCE_DATE}: the external announcement date. */
	EXTERNAL_ANNOUNCEMENT("EO_EXT_ANNOUNCE_DATE"),

	/** {@code EO_SALES_DATE}: the end-of-sale date. */
	END_OF_SALE("EO_SALES_DATE"),

	/** {@code EO_FAIL_ANALYSIS_DATE}: the end of routine failure analysis. */
	END_OF_FAILURE_ANALYSIS("EO_FAIL_ANALYSIS_DATE"),

	/** {@code EO_SVC_ATTACH_DATE}: the end of new service attachment. */
	END_OF_SERVICE_ATTACH("EO_SVC_ATTACH_DATE"),

	/** {@code EO_SW_MAINTENANCE_DATE}: the end of software maintenance. */
	END_OF_SOFTWARE_MAINTENANCE("EO_SW_MAINTENANCE_DATE"),

	/** {@code EO_SECURITY_VUL_SUPPORT_DATE}: the end of security vulnerability support. */
	END_OF_SECURITY_VULNERABILITY_SUPPORT("EO_SECURITY_VUL_SUPPORT_DATE"),

	/** {@code EO_CONTRACT_RENEW_DATE}: the end of service contract renewal. */
	END_OF_CONTRACT_RENEWAL("EO_CONTRACT_RENEW_DATE"),

	/** {@code EO_LAST_SUPPORT_DATE}: the last date of support. */
	LAST_DATE_OF_SUPPORT("EO_LAST_SUPPORT_DATE"),

	/** {@code UPDATE_TIMESTAMP}: when Cisco last updated the record (Cisco's default). */
	UPDATED("UPDATE_TIMESTAMP");

	private final String code;

	EoxDateAttribute(String code) {
		this.code = code;
	}

	/**
	 * The value Cisco expects in {@code eoxAttrib}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

}
