package io.github.ciscosupport.test.simulator;

/**
 * The Cisco Support APIs the simulator serves, with their base paths on {@code apix.cisco.com}.
 *
 * @author cisco-support-spring
 */
public enum Api {

	/** EoX v5: end-of-life data by PID, serial number, dates or software release. */
	EOX("/supporttools/eox/rest/5"),

	/** Serial Number to Information (SN2INFO) v2: coverage and orderable PIDs. */
	SN2INFO("/sn2info/v2"),

	/** Product Information v1. */
	PRODUCT_INFO("/product/v1/information"),

	/** Bug v2.0. */
	BUG("/bug/v2.0/bugs"),

	/** Software Suggestion v2. */
	SOFTWARE_SUGGESTION("/software/suggestion/v2/suggestions"),

	/** PSIRT openVuln v2 (security advisories). */
	PSIRT("/security/advisories/v2"),

	/** Case v3. */
	CASE("/case/v3/cases"),

	/** Service Order Return (RMA) v1.0. */
	RMA("/return/v1.0/returns"),

	/** Automated Software Distribution v4.0 (POST only). */
	ASD("/software/v4.0");

	private final String basePath;

	Api(String basePath) {
		this.basePath = basePath;
	}

	/**
	 * The API's base path, for example {@code /supporttools/eox/rest/5}.
	 * @return the base path, without a trailing slash
	 */
	public String basePath() {
		return this.basePath;
	}

	/**
	 * Finds the API a request path belongs to.
	 * @param path the raw request path
	 * @return the API, or {@code null}
	 */
	static Api forPath(String path) {
		for (Api api : values()) {
			if (path.equals(api.basePath) || path.startsWith(api.basePath + "/")) {
				return api;
			}
		}
		return null;
	}

}
