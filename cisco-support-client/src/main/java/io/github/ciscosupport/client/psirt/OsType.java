package io.github.ciscosupport.client.psirt;

/**
 * The operating systems the PSIRT API answers {@code OSType/{type}?version=} queries for.
 */
public enum OsType {

	/** Cisco IOS. */
	IOS("ios"),

	/** Cisco IOS XE. */
	IOS_XE("iosxe"),

	/** Cisco NX-OS. */
	NX_OS("nxos"),

	/** Cisco Adaptive Security Appliance software. */
	ASA("asa"),

	/** Cisco Firepower Threat Defense. */
	FTD("ftd"),

	/** Cisco Firepower eXtensible Operating System. */
	FXOS("fxos"),

	/** Cisco Firepower Management Center. */
	FMC("fmc"),

	/** Cisco Application Centric Infrastructure (NX-OS in ACI mode). */
	ACI("aci");

	private final String pathValue;

	OsType(String pathValue) {
		this.pathValue = pathValue;
	}

	/**
	 * The value of the {@code OSType/{type}} path segment.
	 * @return {@code ios}, {@code iosxe}...
	 */
	public String pathValue() {
		return this.pathValue;
	}

}
