package io.github.ciscosupport.test.simulator.data;

import java.util.ArrayList;
import java.util.List;

/**
 * One product family of the synthetic catalogue: the hardware PIDs it contains and the software,
 * bugs and advisories generated for it.
 *
 * @param key a short key
 * @param series the product series name
 * @param shortName the name products of the family start with
 * @param noun what a product of the family is, for example {@code Switch}
 * @param type the product type
 * @param category the product category
 * @param subcategory the product subcategory
 * @param itemType the SN2INFO item type
 * @param osType the PSIRT OS type, or {@code null}
 * @param softwareType the software type, or {@code null} for products without software
 * @param component the bug product component
 * @param advisoryProduct the product name advisories use, or {@code null} when the family gets no
 * advisories
 * @param imagePattern the image file name pattern, {@code {v}} standing for the release
 * @param eoxPercent the share of the family's PIDs that have an EoX bulletin
 * @param firstYear the year the family shipped
 * @param bugCount how many bugs the family gets
 * @param releases the software releases, oldest first
 * @param pids the PIDs, as brace patterns ({@code WS-C3560-{24,48}PS-S})
 * @param successor the key of the family EoX bulletins migrate to, or {@code null}
 */
record Family(String key, String series, String shortName, String noun, String type, String category,
		String subcategory, String itemType, String osType, String softwareType, String component,
		String advisoryProduct, String imagePattern, int eoxPercent, int firstYear, int bugCount,
		List<String> releases, List<String> pids, String successor) {

	private static final List<String> IOS_ACCESS = List.of("12.2(55)SE12", "15.0(2)SE11", "15.2(2)E10", "15.2(4)E10",
			"15.2(7)E8");

	private static final List<String> IOS_XE_CAT3K = List.of("3.6.10E", "16.3.11", "16.6.10", "16.9.8", "16.12.10");

	private static final List<String> IOS_XE_CAT9K = List.of("16.9.6", "16.12.10", "17.3.7", "17.6.6", "17.9.5",
			"17.12.3");

	private static final List<String> IOS_XE_ROUTING = List.of("16.9.8", "16.12.10", "17.3.7", "17.6.6", "17.9.5");

	private static final List<String> IOS_ISR_G1 = List.of("12.4(15)T17", "12.4(24)T8", "15.1(4)M12a");

	private static final List<String> IOS_ISR_G2 = List.of("15.4(3)M10", "15.5(3)M11a", "15.7(3)M9", "15.9(3)M9");

	private static final List<String> WLC = List.of("8.5.182.0", "8.10.185.0", "8.10.190.0");

	static final List<Family> ALL = List.of(
			family("cat2960", "Cisco Catalyst 2960 Series Switches", "Catalyst 2960", "Switch", "Switches",
					"LAN Access Switches", "ios", "IOS Software", "c2960-lanbase", "c2960x-universalk9-mz.{v}.bin", 95,
					2006, 120, IOS_ACCESS, "cat9200", "WS-C2960-{24,48}{TT,TC,PST}-{L,S}",
					"WS-C2960X-{24,48}{TS,FPS,LPS,TD}-L", "WS-C2960S-{24,48}{TS,FPS}-L"),
			family("cat3560", "Cisco Catalyst 3560 Series Switches", "Catalyst 3560", "Switch", "Switches",
					"Fixed Configuration Switches", "ios", "IOS Software", "c3560-ipbase", "c3560-ipbasek9-mz.{v}.bin",
					100, 2004, 80, IOS_ACCESS, "cat9200", "WS-C3560-{24,48}{TS,PS}-{S,E}",
					"WS-C3560X-{24,48}{T,P,U}-{L,S,E}", "WS-C3560CX-{8PC,12PC}-S", "WS-C3560G-{24,48}{TS,PS}-{S,E}"),
			family("cat3750", "Cisco Catalyst 3750-X Series Switches", "Catalyst 3750-X", "Switch", "Switches",
					"Stackable Switches", "ios", "IOS Software", "c3750e-universal", "c3750e-universalk9-mz.{v}.bin",
					100, 2010, 80, IOS_ACCESS, "cat9300", "WS-C3750X-{24,48}{T,P,U,PF}-{L,S,E}"),
			family("cat3850", "Cisco Catalyst 3850 Series Switches", "Catalyst 3850", "Switch", "Switches",
					"Stackable Switches", "iosxe", "IOS XE Software", "cat3k-iosxe",
					"cat3k_caa-universalk9.{v}.SPA.bin", 90, 2013, 220, IOS_XE_CAT3K, "cat9300",
					"WS-C3850-{24,48}{T,P,U,PW}-{L,S,E}", "WS-C3850-{12,24,48}XS-{S,E}", "WS-C3850-12X48U-{L,S,E}"),
			family("cat9200", "Cisco Catalyst 9200 Series Switches", "Catalyst 9200", "Switch", "Switches",
					"LAN Access Switches", "iosxe", "IOS XE Software", "cat9k-iosxe", "cat9k_lite_iosxe.{v}.SPA.bin", 20,
					2019, 150, IOS_XE_CAT9K, null, "C9200-{24,48}{T,P,PXG}-{A,E}", "C9200L-{24,48}{T,P}-{4G,4X}-{A,E}"),
			family("cat9300", "Cisco Catalyst 9300 Series Switches", "Catalyst 9300", "Switch", "Switches",
					"Stackable Switches", "iosxe", "IOS XE Software", "cat9k-iosxe", "cat9k_iosxe.{v}.SPA.bin", 20, 2017,
					260, IOS_XE_CAT9K, null, "C9300-{24,48}{T,P,U,UX,H,S,UXM,UN}-{A,E}"),
			family("cat9400", "Cisco Catalyst 9400 Series Switches", "Catalyst 9400", "Switch", "Switches",
					"Modular Switches", "iosxe", "IOS XE Software", "cat9k-iosxe", "cat9k_iosxe.{v}.SPA.bin", 15, 2017,
					240, IOS_XE_CAT9K, null, "C940{4,7}R", "C9410R", "C9400-LC-{48U,48T,24XS,48UX,48P,24S,48S,48H}",
					"C9400-SUP-{1,1XL,1XL-Y}", "C9400-PWR-{2100AC,3200AC,3200DC}"),
			family("cat9500", "Cisco Catalyst 9500 Series Switches", "Catalyst 9500", "Switch", "Switches",
					"Core and Distribution Switches", "iosxe", "IOS XE Software", "cat9k-iosxe",
					"cat9k_iosxe.{v}.SPA.bin", 20, 2017, 200, IOS_XE_CAT9K, null,
					"C9500-{12Q,16X,24Q,40X,32C,32QC,48Y4C,24Y4C}-{A,E}", "C9500-48Y4C"),
			family("isr1800", "Cisco 1800 Series Integrated Services Routers", "Cisco 1800", "Router", "Routers",
					"Branch Routers", "ios", "IOS Software", "c1800-ios", "c180x-advipservicesk9-mz.{v}.bin", 100, 2005,
					60, IOS_ISR_G1, "isr1900", "CISCO1811W-AG-{A,B,C,E,N,P}/K9", "CISCO1812W-AG-{A,B,C,E,N,P}/K9",
					"CISCO18{01,02,03,11,12}/K9", "CISCO1841", "CISCO1841-{SEC,ADSL2,HSEC}/K9"),
			family("isr1900", "Cisco 1900 Series Integrated Services Routers", "Cisco 1900", "Router", "Routers",
					"Branch Routers", "ios", "IOS Software", "c1900-ios", "c1900-universalk9-mz.SPA.{v}.bin", 100, 2010,
					50, IOS_ISR_G2, "isr4000", "CISCO19{21,41}/K9", "CISCO19{21,41}-SEC/K9"),
			family("isr2900", "Cisco 2900 Series Integrated Services Routers", "Cisco 2900", "Router", "Routers",
					"Branch Routers", "ios", "IOS Software", "c2900-ios", "c2900-universalk9-mz.SPA.{v}.bin", 100, 2009,
					90, IOS_ISR_G2, "isr4000", "CISCO29{01,11,21,51}/K9", "CISCO29{01,11,21,51}-{SEC,V,VSEC}/K9",
					"CISCO2911-HSEC+/K9"),
			family("isr3900", "Cisco 3900 Series Integrated Services Routers", "Cisco 3900", "Router", "Routers",
					"Branch Routers", "ios", "IOS Software", "c3900-ios", "c3900-universalk9-mz.SPA.{v}.bin", 100, 2009,
					60, IOS_ISR_G2, "isr4000", "CISCO39{25,45}{,E}/K9", "CISCO39{25,45}-{SEC,V}/K9"),
			family("isr4000", "Cisco 4000 Series Integrated Services Routers", "Cisco ISR 4000", "Router", "Routers",
					"Branch Routers", "iosxe", "IOS XE Software", "isr-iosxe", "isr4400-universalk9.{v}.SPA.bin", 40,
					2014, 200, IOS_XE_ROUTING, null, "ISR{4221,4321,4331,4351,4431,4451-X,4461}/K9",
					"ISR{4321,4331,4351,4431,4451-X}-{SEC,AX,V}/K9"),
			family("asr1000", "Cisco ASR 1000 Series Aggregation Services Routers", "Cisco ASR 1000", "Router",
					"Routers", "Service Provider Edge Routers", "iosxe", "IOS XE Software", "asr1k-iosxe",
					"asr1000-universalk9.{v}.SPA.bin", 50, 2008, 160, IOS_XE_ROUTING, null,
					"ASR{1001-X,1001-HX,1002-X,1002-HX,1004,1006,1006-X,1009-X,1013}", "ASR1000-RP{2,3}",
					"ASR1000-ESP{20,40,100,200}"),
			family("n9k", "Cisco Nexus 9000 Series Switches", "Nexus 9000", "Switch", "Data Center Switches",
					"Data Center Switches", "nxos", "NX-OS System Software", "nxos-n9k", "nxos64-cs.{v}.bin", 35, 2014,
					220, List.of("9.3(10)", "9.3(12)", "10.2(6)M", "10.3(4a)M", "10.4(2)F"), null,
					"N9K-C{93180YC-EX,93180YC-FX,9336C-FX2,9348GC-FXP,93108TC-EX,93108TC-FX,9332C,9364C,92160YC-X,92300YC,9504,9508,9516}",
					"N9K-X{9732C-EX,9736C-FX,97160YC-EX,9788TC-FX}"),
			family("n5k", "Cisco Nexus 5000 Series Switches", "Nexus 5000", "Switch", "Data Center Switches",
					"Data Center Switches", "nxos", "NX-OS System Software", "nxos-n5k", "n6000-uk9.{v}.bin", 100, 2010,
					80, List.of("7.3(8)N1(1)", "7.3(13)N1(1)"), "n9k", "N5K-C{5548UP,5596UP,5672UP,56128P,5548P}",
					"N55-M{16UP,16P}"),
			family("n7k", "Cisco Nexus 7000 Series Switches", "Nexus 7000", "Switch", "Data Center Switches",
					"Data Center Switches", "nxos", "NX-OS System Software", "nxos-n7k", "n7000-s2-dk9.{v}.bin", 90, 2008,
					100, List.of("6.2(24)", "8.4(7)", "8.4(9)"), "n9k", "N7K-C70{04,09,10,18}", "N7K-SUP{1,2,2E}",
					"N7K-{F348XP-25,M148GT-11L,M224XP-23L}"),
			family("asa5500", "Cisco ASA 5500-X Series Firewalls", "Cisco ASA", "Firewall", "Security",
					"Next-Generation Firewalls", "asa", "Adaptive Security Appliance (ASA) Software", "asa",
					"asa{v}-smp-k8.bin", 90, 2012, 180, List.of("9.8.4", "9.12.4", "9.16.4", "9.18.3", "9.20.2"), "fpr",
					"ASA55{06,08,16,25,45,55}-K9", "ASA55{06,08,16}-FPWR-K9", "ASA5585-S{10,20,40,60}-K9"),
			family("fpr", "Cisco Firepower NGFW Appliances", "Cisco Firepower", "Firewall", "Security",
					"Next-Generation Firewalls", "ftd", "Firepower Threat Defense (FTD) Software", "ftd",
					"Cisco_FTD_Upgrade-{v}.sh.REL.tar", 30, 2017, 160, List.of("6.6.7", "7.0.6", "7.2.5", "7.4.1"),
					null,
					"FPR{1010,1120,1140,1150,2110,2120,2130,2140,4110,4112,4115,4120,4125,4140,4145}-NGFW-K9"),
			family("wlc", "Cisco 5500 Series Wireless Controllers", "Cisco Wireless Controller", "Controller",
					"Wireless", "Wireless LAN Controllers", null, "Wireless LAN Controller Software", "wlc-aireos",
					"AIR-CT5520-K9-{v}.aes", 100, 2010, 90, WLC, null, "AIR-CT{2504,5508,5520,8540}-K9",
					"AIR-CT5508-{12,25,50,100,250,500}-K9"),
			family("aironet", "Cisco Aironet Access Points", "Cisco Aironet", "Access Point", "Wireless",
					"Access Points", null, "Wireless LAN Controller Software", "aironet", "ap3g2-k9w8-tar.{v}.tar", 85,
					2013, 80, WLC, null, "AIR-CAP{1702,2702,3702}{I,E}-{A,B,E,Z,N}-K9",
					"AIR-AP{1832,1852,2802,3802}{I,E}-{B,E}-K9"),
			family("phone", "Cisco Unified IP Phones", "Cisco IP Phone", "IP Phone", "Collaboration Endpoints",
					"IP Phones", null, "Session Initiation Protocol (SIP) Software", "ipphone", "cmterm-{v}.zip", 70,
					2008, 40, List.of("sip78xx.12-8-1", "sip78xx.14-1-1", "sip88xx.14-2-1"), null,
					"CP-{7942G,7945G,7962G,7965G,7975G}", "CP-{7821,7841,7861,8811,8841,8845,8851,8861,8865}-K9"),
			hardware("modules", "Cisco Interface Modules and Cards", "Cisco", "Interface Module",
					"Interfaces and Modules", "MODULE", 60, 2006, "HWIC-{4ESW,1GE-SFP,2FE,4T,8A}",
					"EHWIC-{4ESG,D-8ESG,1GE-SFP-CU}", "NIM-{1GE-CU-SFP,2GE-CU-SFP,ES2-4,ES2-8,1MFT-T1/E1,2MFT-T1/E1}",
					"C3850-NM-{4-1G,2-10G,4-10G,8-10G}", "C9300-NM-{8X,4G,2Q,2Y}"),
			hardware("optics", "Cisco Transceiver Modules", "Cisco", "Transceiver", "Transceivers", "TRANSCEIVER", 40,
					2006, "SFP-10G-{SR,LR,ER,ZR,LRM}", "GLC-{SX-MMD,LH-SMD,T,TE,ZX-SMD}",
					"QSFP-{40G-SR4,40G-LR4,100G-SR4-S,100G-LR4-S,100G-SM-SR}", "SFP-H10GB-CU{1M,3M,5M}"),
			hardware("power", "Cisco Power Supplies", "Cisco", "Power Supply", "Power Supplies", "POWER SUPPLY", 50,
					2008, "PWR-C1-{350WAC,715WAC,1100WAC}", "PWR-C1-{350WAC,715WAC}-P", "PWR-C2-{250WAC,640WAC,1025WAC}",
					"PWR-2921-51-{AC,POE}", "PWR-4430-{AC,POE-AC}"));

	/**
	 * Whether the family's products run software.
	 * @return {@code true} when software, bugs and advisories are generated for the family
	 */
	boolean hasSoftware() {
		return this.softwareType != null;
	}

	/**
	 * The family's PIDs, patterns expanded, in a stable order.
	 * @return the PIDs
	 */
	List<String> expandedPids() {
		List<String> result = new ArrayList<>();
		for (String pattern : this.pids) {
			result.addAll(expand(pattern));
		}
		return result;
	}

	static Family byKey(String key) {
		for (Family family : ALL) {
			if (family.key.equals(key)) {
				return family;
			}
		}
		throw new IllegalArgumentException("No family " + key);
	}

	/**
	 * Expands brace groups: {@code A{1,2}B{x,}} gives {@code A1Bx, A1B, A2Bx, A2B}.
	 * @param pattern the pattern
	 * @return the expansion, in order
	 */
	static List<String> expand(String pattern) {
		int open = pattern.indexOf('{');
		if (open < 0) {
			return List.of(pattern);
		}
		int close = pattern.indexOf('}', open);
		String head = pattern.substring(0, open);
		List<String> tails = expand(pattern.substring(close + 1));
		List<String> result = new ArrayList<>();
		for (String alternative : pattern.substring(open + 1, close).split(",", -1)) {
			for (String tail : tails) {
				result.add(head + alternative + tail);
			}
		}
		return result;
	}

	private static Family family(String key, String series, String shortName, String noun, String type,
			String subcategory, String osType, String softwareType, String component, String imagePattern,
			int eoxPercent, int firstYear, int bugCount, List<String> releases, String successor, String... pids) {
		String advisoryProduct = "Cisco " + softwareType.replace(" System Software", " Software");
		return new Family(key, series, shortName, noun, type, type, subcategory, "CHASSIS", osType, softwareType,
				component, advisoryProduct, imagePattern, eoxPercent, firstYear, bugCount, releases, List.of(pids),
				successor);
	}

	private static Family hardware(String key, String series, String shortName, String noun, String type,
			String itemType, int eoxPercent, int firstYear, String... pids) {
		return new Family(key, series, shortName, noun, type, type, type, itemType, null, null, null, null, null,
				eoxPercent, firstYear, 0, List.of(), List.of(pids), null);
	}

}
