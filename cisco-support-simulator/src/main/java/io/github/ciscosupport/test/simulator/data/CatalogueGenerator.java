package io.github.ciscosupport.test.simulator.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ciscosupport.test.simulator.data.EoxRecord.Migration;
import io.github.ciscosupport.test.simulator.data.SoftwareRelease.Image;
import io.github.ciscosupport.test.simulator.data.SupportCase.Note;

/**
 * Generates the {@link Catalogue} from a seed. Each section draws from its own {@link Random}, so
 * growing one section does not reshuffle the others. The real examples of the API reference
 * (serials {@code FHK0933224R}, {@code FXS2130Q286}, {@code FOC11517LEX}, {@code FTX1910100B},
 * bug {@code CSCvc57217}, advisory {@code cisco-sa-lsplus-Z6AQEOjk}…) are pinned with their
 * recorded values.
 *
 * @author cisco-support-spring
 */
final class CatalogueGenerator {

	private static final LocalDate AS_OF = Catalogue.AS_OF;

	private static final int DEVICE_COUNT = 5000;

	private static final int ADVISORY_COUNT = 600;

	private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

	private static final String MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final Pattern MODULE_PID = Pattern
		.compile(".*(-LC-|-NM-|^N9K-X|^N55-M|^N7K-[FM]|^ASR1000-(RP|ESP)).*");

	private static final Pattern POWER_PID = Pattern.compile(".*-PWR-.*");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]");

	private static final Pattern MAJOR_RELEASE = Pattern.compile("(\\d+)\\.(\\d+)");

	private static final Pattern RELEASE_TRAIN = Pattern.compile("\\)([A-Z]+)");

	private static final List<String> BUG_PREFIXES = List.of("vc", "vd", "ve", "vf", "vg", "vh", "vi", "vj", "vk",
			"vm", "vn", "vo", "vp", "vq", "vr", "vs", "vt", "vu", "vv", "vw", "vx", "vy", "vz", "wa", "wb", "wc", "wd",
			"we", "wf", "wh", "wi", "wj", "wk");

	private static final List<Customer> CUSTOMERS = List.of(
			new Customer("EXAMPLE NETWORKS INC", "100 EXAMPLE WAY", "RALEIGH", "NC", "US", "27601"),
			new Customer("SIMULATED RETAIL GROUP", "1 MARKET STREET", "SAN FRANCISCO", "CA", "US", "94105"),
			new Customer("TEST UTILITIES AG", "MUSTERSTRASSE 12", "ZURICH", "ZH", "CH", "8001"),
			new Customer("SAMPLE UNIVERSITY", "200 CAMPUS DRIVE", "AUSTIN", "TX", "US", "78712"),
			new Customer("PLACEHOLDER LOGISTICS BV", "HAVENWEG 7", "ROTTERDAM", "ZH", "NL", "3011"),
			new Customer("DEMO HEALTH SYSTEM", "50 CARE PLAZA", "BOSTON", "MA", "US", "02115"),
			new Customer("FICTIONAL BANK PLC", "10 LEDGER LANE", "LONDON", "", "GB", "EC2V 7HH"),
			new Customer("MOCK MANUFACTURING KK", "3-1 KOJO-CHO", "OSAKA", "27", "JP", "530-0001"));

	private static final Customer CISCO_IT = new Customer("CISCO IT INTERNAL GLOBAL PRODUCTION NETWORK",
			"400 EAST TASMAN DRIVE", "SAN JOSE", "CA", "US", "95134");

	private static final List<String> CONTRACTS = List.of("203371074", "92511831", "93856120", "201445873",
			"94120037", "203998712", "91770254", "202316558", "95300461", "204187330");

	private static final List<String> SERVICE_LINES = List.of("SNTC-8X5XNBD", "SNTC-24X7X4", "CX LEVEL 2 8X5XNBD",
			"CX LEVEL 1 24X7X4", "PARTNER SUPPORT SERVICE 8X5XNBD", "SMARTNET 8X5XNBD");

	private static final List<String> PLANTS = List.of("FOC", "FDO", "FCW", "FCZ", "FXS", "FTX", "JAE", "JMX", "SAL",
			"CAT", "FGL", "JPE");

	private static final List<String> FEATURES = List.of("OSPF", "BGP", "EIGRP", "SNMP", "SSH", "NAT",
			"DHCP snooping", "802.1X", "IPv6 RA Guard", "QoS", "NetFlow", "StackWise", "HSRP", "VRRP", "PoE", "LACP",
			"Spanning Tree", "TACACS+", "RADIUS", "IPsec", "ACL", "Multicast", "MACsec", "VXLAN", "EVPN",
			"Smart Licensing", "NETCONF", "RESTCONF", "Telemetry", "Web UI");

	private static final List<String> PROBLEMS = List.of("crash", "memory leak", "high CPU", "traceback",
			"incorrect counters", "session flap", "config loss after reload", "unexpected reload", "packet drops",
			"stale entries", "failure to program hardware");

	private static final List<String> CONTEXTS = List.of("after upgrade", "under scale", "with large tables",
			"on standby supervisor", "when an interface flaps", "during ISSU", "with jumbo frames",
			"after switchover");

	private static final List<String> VULNERABILITIES = List.of("Denial of Service", "Command Injection",
			"Privilege Escalation", "Cross-Site Scripting", "Arbitrary File Read", "Authentication Bypass",
			"Information Disclosure", "Remote Code Execution", "Cross-Site Request Forgery");

	private static final List<String> CWES = List.of("CWE-20", "CWE-77", "CWE-79", "CWE-119", "CWE-200", "CWE-287",
			"CWE-352", "CWE-400", "CWE-476", "CWE-78");

	private static final List<Double> CVSS_SCORES = List.of(3.1, 3.7, 4.3, 5.3, 5.8, 6.1, 6.5, 7.4, 7.5, 8.6, 8.8,
			9.8, 10.0);

	private static final List<String> USERS = List.of("simulator-user", "jdoe", "asmith");

	private static final List<String> USER_NAMES = List.of("Sam Simulator", "Jane Doe", "Alex Smith");

	private static final List<String> ENGINEERS = List.of("Pat Engineer", "Robin Tac", "Kim Support",
			"Lee Escalation");

	private final long seed;

	private final Map<String, Family> familyByPid = new LinkedHashMap<>();

	private final List<Product> products = new ArrayList<>();

	private final Map<String, Product> productById = new LinkedHashMap<>();

	private final List<EoxRecord> eoxRecords = new ArrayList<>();

	private final Set<String> bulletinNumbers = new HashSet<>(Set.of("EOL5834", "EOL13873"));

	private final Map<String, List<SoftwareRelease>> releasesByFamily = new LinkedHashMap<>();

	private final Map<String, List<SoftwareFamily>> softwareByPid = new LinkedHashMap<>();

	private final List<Device> devices = new ArrayList<>();

	private final List<Bug> bugs = new ArrayList<>();

	private final Map<String, List<Bug>> bugsByFamily = new LinkedHashMap<>();

	private final List<Advisory> advisories = new ArrayList<>();

	private final List<SupportCase> cases = new ArrayList<>();

	private final List<Rma> rmas = new ArrayList<>();

	private CatalogueGenerator(long seed) {
		this.seed = seed;
	}

	static Catalogue generate(long seed) {
		return new CatalogueGenerator(seed).build();
	}

	private Catalogue build() {
		generateProductsAndEox();
		generateSoftwareEox();
		generateSoftware();
		generateDevices();
		generateBugs();
		generateAdvisories();
		generateCasesAndRmas();
		Map<String, List<String>> osVersions = new LinkedHashMap<>();
		for (Family family : Family.ALL) {
			if (family.osType() != null) {
				osVersions.computeIfAbsent(family.osType(), (key) -> new ArrayList<>()).addAll(family.releases());
			}
		}
		osVersions.replaceAll((key, versions) -> List.copyOf(new LinkedHashSet<>(versions)));
		return new Catalogue(this.products, this.devices, this.eoxRecords, this.bugs, this.advisories,
				this.softwareByPid, osVersions, this.cases, this.rmas);
	}

	private Random random(int section) {
		return new Random(this.seed * 1_000_003L + section);
	}

	// ------------------------------------------------------------------ products and hardware EoX

	private void generateProductsAndEox() {
		Random random = random(1);
		int mdf = 0;
		for (Family family : Family.ALL) {
			List<String> eoxPids = new ArrayList<>();
			List<String> familyPids = new ArrayList<>();
			for (String pid : family.expandedPids()) {
				if (this.familyByPid.containsKey(pid)) {
					continue;
				}
				this.familyByPid.put(pid, family);
				familyPids.add(pid);
				boolean eox = isPinnedEox(pid) || (!isPinnedActive(pid) && random.nextInt(100) < family.eoxPercent());
				if (eox) {
					eoxPids.add(pid);
				}
			}
			Map<String, EoxRecord> eoxByPid = bulletins(family, eoxPids, random);
			for (String pid : familyPids) {
				EoxRecord eox = eoxByPid.get(pid);
				String itemType = itemType(family, pid);
				boolean software = family.hasSoftware() && "CHASSIS".equals(itemType);
				String mdfId = "28" + (3_000_000 + (mdf++) * 37 + random.nextInt(37));
				LocalDate released = LocalDate.of(family.firstYear() + random.nextInt(3), 1 + random.nextInt(12), 1);
				boolean orderable = eox == null || eox.endOfSaleDate().isAfter(AS_OF);
				String name = productName(family, pid);
				String description = productDescription(family, pid, itemType, random);
				Product product = new Product(pid, pid, name, description, family.series(), family.type(),
						family.category(), family.subcategory(), itemType, mdfId, software ? family.osType() : null,
						software ? family.softwareType() : null, released, orderable);
				addProduct(product);
				if (eox != null) {
					this.eoxRecords.add(eox);
					for (String suffix : List.of("-RF", "=")) {
						String variant = pid + suffix;
						String variantDescription = suffix.equals("-RF") ? "REMANUFACTURED " + description
								: description + " (Spare)";
						addProduct(new Product(variant, pid, name, variantDescription, family.series(), family.type(),
								family.category(), family.subcategory(), itemType, null, null, null, released,
								false));
						this.familyByPid.putIfAbsent(variant, family);
						this.eoxRecords.add(new EoxRecord(variant, variantDescription, eox.bulletinNumber(),
								eox.bulletinUrl(), eox.externalAnnouncementDate(), eox.endOfSaleDate(),
								eox.endOfSwMaintenanceReleases(), eox.endOfSecurityVulSupportDate(),
								eox.endOfRoutineFailureAnalysisDate(), eox.endOfServiceContractRenewal(),
								eox.lastDateOfSupport(), eox.endOfSvcAttachDate(), eox.updatedTimeStamp(),
								eox.migration(), null, null));
					}
				}
			}
		}
	}

	private void addProduct(Product product) {
		this.products.add(product);
		this.productById.put(product.productId(), product);
	}

	private static boolean isPinnedEox(String pid) {
		return Set.of("CISCO1811W-AG-A/K9", "WS-C3850-48XS-E", "WS-C3560-48PS-S", "HWIC-4ESW").contains(pid);
	}

	private static boolean isPinnedActive(String pid) {
		return Set.of("C9410R", "C9500-48Y4C", "C9500-48Y4C-A", "C9300-48P-A").contains(pid);
	}

	private static String itemType(Family family, String pid) {
		if (POWER_PID.matcher(pid).matches()) {
			return "POWER SUPPLY";
		}
		if (MODULE_PID.matcher(pid).matches()) {
			return "MODULE";
		}
		return family.itemType();
	}

	private static String productName(Family family, String pid) {
		return switch (pid) {
			case "WS-C3560-48PS-S" -> "Catalyst 3560 48 10/100 PoE + 4 SFP";
			case "C9410R" -> "Cisco Catalyst 9410R Switch";
			case "CISCO1811W-AG-A/K9" -> "Cisco 1811W Integrated Services Router";
			case "HWIC-4ESW" -> "Cisco 4-Port 10/100 Ethernet Switch HWIC";
			default -> family.shortName() + " " + family.noun() + " " + pid;
		};
	}

	private static String productDescription(Family family, String pid, String itemType, Random random) {
		switch (pid) {
			case "WS-C3560-48PS-S":
				return "Catalyst 3560 48 10/100 PoE + 4 SFP Standard Image";
			case "C9410R":
				return "Cisco Catalyst 9400 Series 10 slot chassis";
			case "CISCO1811W-AG-A/K9":
				return "Security Router with 802.11a+g FCC Compliant and Analog B/U";
			case "HWIC-4ESW":
				return "Four port 10BaseT/100BaseTX EtherSwitch WIC";
			case "WS-C3850-48XS-E":
				return "Cisco Catalyst 3850 48 Port 10G Fiber Switch IP Services";
			default:
				break;
		}
		List<String> traits = switch (itemType) {
			case "MODULE" -> List.of("network module", "line card", "interface card");
			case "POWER SUPPLY" -> List.of("AC power supply", "spare power supply", "config 1 power supply");
			case "TRANSCEIVER" -> List.of("transceiver module", "SFP module", "optical module");
			default -> List.of("4 x 1G uplinks", "4 x 10G uplinks", "modular uplinks", "PoE+", "UPOE",
					"IP Base", "Network Advantage", "Network Essentials", "Security bundle");
		};
		return family.shortName() + " " + pid + " " + family.noun() + ", " + pick(random, traits);
	}

	private Map<String, EoxRecord> bulletins(Family family, List<String> pids, Random random) {
		Map<String, EoxRecord> result = new LinkedHashMap<>();
		List<String> remaining = new ArrayList<>(pids);
		if (remaining.remove("CISCO1811W-AG-A/K9")) {
			result.put("CISCO1811W-AG-A/K9", new EoxRecord("CISCO1811W-AG-A/K9",
					"Security Router with 802.11a+g FCC Compliant and Analog B/U", "EOL5834",
					"http://www.cisco.com/en/US/products/ps5853/prod_eol_notice0900aecd8066a188.html",
					LocalDate.of(2007, 6, 12), LocalDate.of(2007, 6, 29), null, null, LocalDate.of(2008, 6, 29),
					LocalDate.of(2012, 3, 7), LocalDate.of(2012, 6, 29), LocalDate.of(2008, 6, 29),
					LocalDate.of(2011, 1, 3),
					new Migration("Y", "Security Router with 802.11a+g ETSI Compliant and Analog B/U", "Enter PID(s)",
							"CISCO1811W-AG-B/K9", "", "",
							"http://www.cisco.com/en/US/products/ps5853/index.html"),
					null, null));
		}
		if (remaining.remove("WS-C3850-48XS-E")) {
			result.put("WS-C3850-48XS-E", new EoxRecord("WS-C3850-48XS-E",
					"Cisco Catalyst 3850 48 Port 10G Fiber Switch IP Services", "EOL13873",
					"https://www.cisco.com/c/en/us/products/collateral/switches/catalyst-3850-series-switches/eos-eol-notice-c51-744986.html",
					LocalDate.of(2021, 10, 31), LocalDate.of(2022, 4, 30), LocalDate.of(2023, 4, 30),
					LocalDate.of(2025, 4, 30), LocalDate.of(2023, 4, 30), LocalDate.of(2026, 7, 27),
					LocalDate.of(2027, 4, 30), LocalDate.of(2023, 4, 30), LocalDate.of(2021, 11, 1),
					new Migration("Y", "", "Enter Product Name(s)", "", "C9500-48Y4C", "",
							"https://www.cisco.com/c/en/us/products/switches/catalyst-9500-series-switches/index.html"),
					null, null));
		}
		Collections.shuffle(remaining, random);
		int index = 0;
		while (index < remaining.size()) {
			int size = Math.min(remaining.size() - index, 1 + random.nextInt(8));
			List<String> bulletinPids = remaining.subList(index, index + size);
			index += size;
			String number = bulletinNumber(random);
			String url = "https://www.cisco.com/c/en/us/products/collateral/"
					+ family.type().toLowerCase(Locale.ROOT).replace(' ', '-') + "/"
					+ family.series().toLowerCase(Locale.ROOT).replace("cisco ", "").replaceAll("[^a-z0-9]+", "-")
					+ "/eos-eol-notice-c51-" + (700000 + random.nextInt(99999)) + ".html";
			int lastYear = Math.min(family.firstYear() + 16, AS_OF.getYear() + 1);
			LocalDate announce = day(random, Math.min(family.firstYear() + 3, lastYear), lastYear);
			LocalDate endOfSale = announce.plusDays(180 + random.nextInt(20));
			boolean software = family.hasSoftware();
			LocalDate lastSupport = endOfSale.plusYears(5).minusDays(1);
			for (String pid : bulletinPids) {
				Migration migration = migration(family, random);
				result.put(pid, new EoxRecord(pid, productDescription(family, pid, itemType(family, pid), random),
						number, url, announce, endOfSale, software ? endOfSale.plusYears(1) : null,
						(software && announce.getYear() >= 2012) ? endOfSale.plusYears(3) : null,
						(random.nextInt(10) > 0) ? endOfSale.plusYears(1) : null,
						lastSupport.minusDays(90 + random.nextInt(30)), lastSupport, endOfSale.plusYears(1),
						min(announce.plusDays(10 + random.nextInt(400)), AS_OF), migration, null, null));
			}
		}
		return result;
	}

	private String bulletinNumber(Random random) {
		String number;
		do {
			number = "EOL" + (1000 + random.nextInt(14000));
		}
		while (!this.bulletinNumbers.add(number));
		return number;
	}

	private Migration migration(Family family, Random random) {
		Family successor = (family.successor() != null) ? Family.byKey(family.successor()) : family;
		List<String> candidates = successor.expandedPids();
		String target = candidates.get(random.nextInt(candidates.size()));
		String url = "https://www.cisco.com/c/en/us/products/"
				+ successor.series().toLowerCase(Locale.ROOT).replace("cisco ", "").replaceAll("[^a-z0-9]+", "-")
				+ "/index.html";
		int option = random.nextInt(10);
		if (option < 6) {
			return new Migration("Y", successor.shortName() + " " + successor.noun() + " " + target, "Enter PID(s)",
					target, "", "", url);
		}
		if (option < 8) {
			return new Migration("Y", "", "Enter Product Name(s)", "", successor.shortName() + " " + target, "", url);
		}
		return new Migration("N", "", "See Migration Section", "", "",
				"Customers are encouraged to migrate to the " + successor.series() + ".", "");
	}

	// ------------------------------------------------------------------ software EoX

	private void generateSoftwareEox() {
		Random random = random(2);
		record Train(String os, String release, int count, int fromYear, List<String> sub) {
		}
		List<Train> trains = List.of(
				new Train("IOS", "12.2", 1150, 2005,
						List.of("(14)S", "(25)S", "(28)SB", "(33)SXH", "(50)SE", "(55)SE", "(18)SXF", "(31)SGA",
								"(53)SG", "(44)SE", "(37)SE", "(46)SE", "(52)SE", "(58)SE")),
				new Train("IOS", "12.4", 500, 2009,
						List.of("(15)T", "(24)T", "(22)T", "(20)T", "(11)T", "(9)T", "(6)T", "(25)")),
				new Train("IOS", "15.0", 250, 2012, List.of("(1)M", "(2)SE", "(1)SY", "(2)EX", "(1)EY")),
				new Train("IOS", "15.1", 150, 2013, List.of("(4)M", "(2)SY", "(3)T", "(1)SG")),
				new Train("IOS XE", "3.6", 80, 2016, List.of(".4E", ".5E", ".6E", ".7E", ".8E")),
				new Train("IOS XE", "16.3", 60, 2019, List.of(".1", ".2", ".3", ".4", ".5")),
				new Train("NX-OS", "6.2", 60, 2017, List.of("(10)", "(12)", "(14)", "(16)", "(18)")));
		List<String> platforms = List.of("18", "28", "29", "38", "39", "72", "73", "45", "65", "37", "35", "29C", "19",
				"76", "10K");
		List<String> platformNames = List.of("Cisco 1800", "Cisco 2800", "Cisco 2900", "Cisco 3800", "Cisco 3900",
				"Cisco 7200", "Cisco 7300", "Catalyst 4500", "Catalyst 6500", "Catalyst 3750", "Catalyst 3560",
				"Catalyst 2960", "Cisco 1900", "Cisco 7600", "Cisco 10000");
		List<String> features = List.of("K9", "CK9", "IPB", "ADVK9", "ENTK9", "ENTSERVK9", "SPSK9", "AISK9", "IPVOICE",
				"IPBASEK9", "LANBASE", "ADVIPSERV", "ENTBASE", "SPSERV", "IPSERV");
		List<String> featureNames = List.of("IP SECURED SHELL 3DES", "IP/FW/IDS PLUS IPSEC 3DES", "IP BASE",
				"ADVANCED SECURITY", "ENTERPRISE BASE", "ENTERPRISE SERVICES", "SP SERVICES", "ADVANCED IP SERVICES",
				"IP VOICE", "IP BASE WITH CRYPTO", "LAN BASE", "ADVANCED IP SERVICES", "ENTERPRISE BASE",
				"SP SERVICES", "IP SERVICES");
		for (Train train : trains) {
			List<String[]> combos = new ArrayList<>();
			for (String sub : train.sub()) {
				for (int p = 0; p < platforms.size(); p++) {
					for (int f = 0; f < features.size(); f++) {
						combos.add(new String[] { sub, String.valueOf(p), String.valueOf(f) });
					}
				}
			}
			Collections.shuffle(combos, random);
			for (String[] combo : combos.subList(0, Math.min(train.count(), combos.size()))) {
				String release = train.release() + combo[0];
				int platform = Integer.parseInt(combo[1]);
				int feature = Integer.parseInt(combo[2]);
				String compact = NON_ALPHANUMERIC.matcher(release).replaceAll("");
				String pid = "S" + platforms.get(platform) + features.get(feature) + "-" + compact;
				String description = platformNames.get(platform) + " Series " + train.os() + " "
						+ featureNames.get(feature);
				LocalDate announce = day(random, train.fromYear(), train.fromYear() + 4);
				LocalDate endOfSale = announce.plusDays(180 + random.nextInt(10));
				LocalDate lastSupport = endOfSale.plusYears(5).minusDays(1);
				String successorRelease = train.release() + train.sub().get(train.sub().size() - 1);
				String migrationPid = "S" + platforms.get(platform) + features.get(feature) + "-"
						+ NON_ALPHANUMERIC.matcher(successorRelease).replaceAll("");
				Migration migration = migrationPid.equals(pid)
						? new Migration("Y", "", "See Migration Section", "", "",
								"Customers are encouraged to migrate to a later " + train.os() + " release.", "")
						: new Migration("Y", description, "Enter PID(s)", migrationPid, "", "", "");
				this.eoxRecords.add(new EoxRecord(pid, description, bulletinNumber(random),
						"https://www.cisco.com/c/en/us/products/ios-nx-os-software/eol-notice-"
								+ compact.toLowerCase(Locale.ROOT) + ".html",
						announce, endOfSale, endOfSale.plusYears(1), null,
						(random.nextInt(3) == 0) ? endOfSale.plusYears(1) : null,
						lastSupport.minusDays(270 + random.nextInt(30)), lastSupport, endOfSale.plusYears(1),
						announce.plusDays(20 + random.nextInt(200)), migration, release, train.os()));
			}
		}
	}

	// ------------------------------------------------------------------ software suggestions

	private void generateSoftware() {
		Random random = random(3);
		for (Family family : Family.ALL) {
			if (!family.hasSoftware()) {
				continue;
			}
			List<SoftwareRelease> releases = new ArrayList<>();
			List<String> names = family.releases();
			// newest release a few weeks to months before the as-of date, older ones spaced back from it
			LocalDate[] dates = new LocalDate[names.size()];
			LocalDate newest = AS_OF.minusDays(30 + random.nextInt(170));
			for (int i = names.size() - 1; i >= 0; i--) {
				dates[i] = newest;
				newest = newest.minusDays(150 + random.nextInt(300));
			}
			for (int i = 0; i < names.size(); i++) {
				String release = names.get(i);
				LocalDate date = dates[i];
				boolean last = i == names.size() - 1;
				boolean suggested = names.size() <= 2 ? last : (i == names.size() - 2 || i == names.size() - 3);
				String lifeCycle = last && names.size() > 2 ? "ED" : (suggested ? "MD" : "LD");
				String fileVersion = release.replace('(', '.').replace(")", "").replace("..", ".");
				List<Image> images = new ArrayList<>();
				int imageCount = 1 + random.nextInt(2);
				for (int n = 0; n < imageCount; n++) {
					String file = family.imagePattern().replace("{v}", fileVersion);
					if (n > 0) {
						file = file.replaceFirst("\\.([a-zA-Z]+)$", "-npe.$1");
					}
					images.add(new Image(hex(random, 8) + "-" + hex(random, 4) + "-" + hex(random, 12), file,
							200_000_000L + random.nextInt(900_000_000), n == 0 ? "UNIVERSAL" : "NO PAYLOAD ENCRYPTION",
							2048 * (1 + random.nextInt(4)), 1024 * (2 + random.nextInt(14)), hex(random, 32)));
				}
				releases.add(new SoftwareRelease(release, release.replace('(', '.').replace(")", ""), date,
						majorRelease(release), releaseTrain(release), lifeCycle, suggested, List.copyOf(images)));
			}
			this.releasesByFamily.put(family.key(), List.copyOf(releases));
			List<SoftwareFamily> software = new ArrayList<>();
			software.add(new SoftwareFamily(family.softwareType(), List.copyOf(releases)));
			if (family.key().equals("isr4000") || family.key().equals("asr1000")) {
				LocalDate nbar = AS_OF.minusDays(200);
				software.add(new SoftwareFamily("NBAR2 Protocol Pack",
						List.of(new SoftwareRelease("52.0.0", "52.0.0", nbar, "52.0", "", "MD", true,
								List.of(new Image(hex(random, 8) + "-" + hex(random, 4) + "-" + hex(random, 12),
										"pp-adv-isr4000-1712.1-52-52.0.0.pack", 12_000_000L, "NBAR2", 0, 0,
										hex(random, 32)))))));
			}
			for (Product product : this.products) {
				if (product.hasSoftware() && this.familyByPid.get(product.productId()) == family) {
					this.softwareByPid.put(product.productId(), List.copyOf(software));
				}
			}
		}
	}

	static String majorRelease(String release) {
		Matcher matcher = MAJOR_RELEASE.matcher(release);
		return matcher.find() ? matcher.group(1) + "." + matcher.group(2) : release;
	}

	static String releaseTrain(String release) {
		Matcher matcher = RELEASE_TRAIN.matcher(release);
		return matcher.find() ? matcher.group(1) : "";
	}

	// ------------------------------------------------------------------ devices

	private void generateDevices() {
		Random random = random(4);
		Set<String> serials = new HashSet<>();
		List<Product> hardware = this.products.stream().filter((product) -> !product.isVariant()).toList();
		List<Product> weighted = new ArrayList<>();
		for (Product product : hardware) {
			int weight = "CHASSIS".equals(product.itemType()) ? 4 : 1;
			for (int i = 0; i < weight; i++) {
				weighted.add(product);
			}
		}
		List<Device> chassis = new ArrayList<>();
		addPinnedDevices(serials, chassis);
		int instance = 0;
		while (this.devices.size() < DEVICE_COUNT) {
			Product product = weighted.get(random.nextInt(weighted.size()));
			int year = Math.min(product.releaseDate().getYear() + random.nextInt(7), 2024);
			String serial;
			do {
				serial = pick(random, PLANTS) + twoDigits(year - 1996) + twoDigits(1 + random.nextInt(52))
						+ chars(random, ALPHANUMERIC, 4);
			}
			while (!serials.add(serial));
			String parent = null;
			if (!"CHASSIS".equals(product.itemType()) && !chassis.isEmpty() && random.nextInt(10) < 7) {
				parent = chassis.get(random.nextInt(chassis.size())).serialNumber();
			}
			LocalDate manufactured = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
			String instanceNumber = String.valueOf(900_000_000L + (instance++) * 17L + random.nextInt(17));
			boolean covered = random.nextInt(100) < 65;
			String warrantyType = null;
			LocalDate warrantyEnd = null;
			if (random.nextInt(100) < 60) {
				int kind = random.nextInt(4);
				warrantyType = List.of("WARR-ELTD-LIFE-HW", "WARR-1YR-RTF", "WARR-90D-SW", "WARR-5YR-LTD-HW").get(kind);
				warrantyEnd = switch (kind) {
					case 0 -> manufactured.plusYears(12);
					case 1 -> manufactured.plusYears(1);
					case 2 -> manufactured.plusDays(90);
					default -> manufactured.plusYears(5);
				};
			}
			Device device;
			if (covered) {
				int contract = random.nextInt(CONTRACTS.size());
				device = new Device(serial, product.productId(), parent, instanceNumber, true, CONTRACTS.get(contract),
						pick(random, SERVICE_LINES), AS_OF.plusDays(1 + random.nextInt(1100)), warrantyEnd,
						warrantyType, CUSTOMERS.get(contract % CUSTOMERS.size()), contract < 4);
			}
			else {
				device = new Device(serial, product.productId(), parent, instanceNumber, false, null, null, null,
						warrantyEnd, warrantyType, null, random.nextInt(10) < 3);
			}
			this.devices.add(device);
			if ("CHASSIS".equals(product.itemType())) {
				chassis.add(device);
			}
		}
	}

	private void addPinnedDevices(Set<String> serials, List<Device> chassis) {
		List<Device> pinned = List.of(
				new Device("FHK0933224R", "CISCO1811W-AG-A/K9", null, "917280353", false, null, null, null, null,
						null, null, false),
				new Device("FXS2130Q286", "C9410R", null, "917280354", true, "203371074", "CX LEVEL 2 8X5XNBD",
						LocalDate.of(2023, 12, 31), LocalDate.of(2029, 4, 9), "WARR-ELTD-LIFE-HW", CISCO_IT, true),
				new Device("FTX1910100B", "WS-C3560-48PS-S", null, "917280355", true, "92511831", "SNTC-8X5XNBD",
						AS_OF.plusDays(400), LocalDate.of(2016, 3, 10), "WARR-1YR-RTF", CUSTOMERS.get(1), true),
				new Device("FTX1234ABCD", "CISCO1841", null, "917280356", true, "92511831", "SNTC-8X5XNBD",
						AS_OF.plusDays(200), null, null, CUSTOMERS.get(1), true),
				new Device("FOC11517LEX", "HWIC-4ESW", "FTX1234ABCD", "917280357", true, "92511831", "SNTC-8X5XNBD",
						AS_OF.plusDays(200), null, null, CUSTOMERS.get(1), true),
				new Device("CAT2241L55B", "C9500-48Y4C-A", null, "917280358", true, "203371074",
						"CX LEVEL 2 8X5XNBD", AS_OF.plusDays(500), LocalDate.of(2030, 10, 12), "WARR-ELTD-LIFE-HW",
						CISCO_IT, true));
		for (Device device : pinned) {
			serials.add(device.serialNumber());
			this.devices.add(device);
			if ("CHASSIS".equals(this.productById.get(device.productId()).itemType())) {
				chassis.add(device);
			}
		}
	}

	// ------------------------------------------------------------------ bugs

	private void generateBugs() {
		Random random = random(5);
		Set<String> ids = new HashSet<>(Set.of("CSCvc57217"));
		for (Family family : Family.ALL) {
			if (!family.hasSoftware()) {
				continue;
			}
			List<String> pids = this.products.stream()
				.filter((product) -> product.hasSoftware() && this.familyByPid.get(product.productId()) == family)
				.map(Product::productId)
				.toList();
			List<String> releases = family.releases();
			List<Bug> familyBugs = new ArrayList<>();
			for (int n = 0; n < family.bugCount(); n++) {
				String bugId;
				do {
					bugId = "CSC" + pick(random, BUG_PREFIXES) + (10000 + random.nextInt(90000));
				}
				while (!ids.add(bugId));
				double share = 0.4 + random.nextDouble() * 0.6;
				List<String> affectedPids = new ArrayList<>();
				for (String pid : pids) {
					if (random.nextDouble() < share) {
						affectedPids.add(pid);
					}
				}
				if (affectedPids.isEmpty()) {
					affectedPids.add(pids.get(random.nextInt(pids.size())));
				}
				String feature = pick(random, FEATURES);
				String problem = pick(random, PROBLEMS);
				String headline = feature + " " + problem + " " + pick(random, CONTEXTS) + " on " + family.shortName();
				int severity = weighted(random, new int[] { 3, 20, 50, 12, 8, 7 }) + 1;
				int statusRoll = random.nextInt(100);
				String status = statusRoll < 25 ? "O" : (statusRoll < 90 ? "F" : "T");
				int first = random.nextInt(releases.size());
				int last = Math.min(releases.size() - 1, first + random.nextInt(3));
				List<String> affected = List.copyOf(releases.subList(first, last + 1));
				List<String> fixed = ("F".equals(status) && last + 1 < releases.size())
						? List.copyOf(releases.subList(last + 1, Math.min(releases.size(), last + 3))) : List.of();
				int age = bugAge(random);
				LocalDate modified = AS_OF.minusDays(age);
				LocalDate created = (random.nextInt(100) < 8) ? null : modified.minusDays(random.nextInt(1500));
				String duplicateOf = ("T".equals(status) && !familyBugs.isEmpty() && random.nextBoolean())
						? familyBugs.get(random.nextInt(familyBugs.size())).bugId() : "";
				String description = "\n\n<B>Symptom:</B>\n" + family.shortName() + " devices may experience " + problem
						+ " in the " + feature + " process.\n\n<B>Conditions:</B>\nObserved " + pick(random, CONTEXTS)
						+ " when " + feature + " is enabled.\n\n<B>Workaround:</B>\n"
						+ (random.nextBoolean() ? "None." : "Disable " + feature + " or reload the device.")
						+ "\n\n<B>Further Problem Description:</B>\n";
				familyBugs.add(new Bug(bugId, headline, description, severity, status, random.nextInt(20) == 0,
						duplicateOf, created, modified, family.component(), family.series(), List.copyOf(affectedPids),
						affected, fixed, random.nextInt(60)));
			}
			if (family.key().equals("isr2900")) {
				familyBugs.add(new Bug("CSCvc57217",
						"Cisco IOS Software Network Address Translation Denial of Service Vulnerability",
						"\n\n<B>Symptom:</B>\nA vulnerability in the Network Address Translation (NAT) feature of Cisco IOS Software could allow an unauthenticated, remote attacker to cause a denial of service (DoS) condition on an affected device.\n\n<B>Conditions:</B>\nDevice configured for NAT.\n\n<B>Workaround:</B>\nNone.\n",
						2, "F", false, "", null, LocalDate.of(2023, 4, 7), "all_pi_infra_iosxe", family.series(),
						List.copyOf(pids), List.of("15.6(03)M00a"), List.of("15.1(04)M12c", "15.3(03)M09"), 47));
			}
			familyBugs.sort(Comparator.comparing(Bug::bugId));
			this.bugsByFamily.put(family.key(), familyBugs);
			this.bugs.addAll(familyBugs);
		}
		this.bugs.sort(Comparator.comparing(Bug::bugId));
	}

	private static int bugAge(Random random) {
		int roll = random.nextInt(100);
		if (roll < 12) {
			return random.nextInt(7);
		}
		if (roll < 27) {
			return 7 + random.nextInt(23);
		}
		if (roll < 52) {
			return 30 + random.nextInt(152);
		}
		if (roll < 70) {
			return 182 + random.nextInt(183);
		}
		return 365 + random.nextInt(2100);
	}

	// ------------------------------------------------------------------ advisories

	private void generateAdvisories() {
		Random random = random(6);
		List<Family> families = Family.ALL.stream().filter(Family::hasSoftware).toList();
		Set<String> ids = new HashSet<>();
		Set<String> cves = new HashSet<>(Set.of("CVE-2022-20714"));
		LocalDateTime start = LocalDateTime.of(2015, 1, 1, 0, 0);
		long span = ChronoUnit.HOURS.between(start, AS_OF.atStartOfDay());
		for (int n = 0; n < ADVISORY_COUNT - 1; n++) {
			Family family = families.get(random.nextInt(families.size()));
			if (family.osType() == null && random.nextBoolean()) {
				family = families.get(random.nextInt(families.size()));
			}
			String feature = pick(random, FEATURES);
			String vulnerability = pick(random, VULNERABILITIES);
			String slug = feature.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
			String id;
			do {
				id = "cisco-sa-" + slug.substring(0, Math.min(slug.length(), 8)) + "-" + chars(random, MIXED, 8);
			}
			while (!ids.add(id));
			LocalDateTime published = start.plusHours(random.nextInt((int) span)).withMinute(0).withSecond(0);
			LocalDateTime updated = published.plusHours(random.nextInt(24 * 60));
			if (updated.isAfter(AS_OF.atStartOfDay())) {
				updated = published;
			}
			List<String> advisoryCves = new ArrayList<>();
			int cveCount = 1 + (random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0);
			while (advisoryCves.size() < cveCount) {
				String cve = "CVE-" + published.getYear() + "-" + (20000 + random.nextInt(2000));
				if (cves.add(cve)) {
					advisoryCves.add(cve);
				}
			}
			List<Bug> familyBugs = this.bugsByFamily.get(family.key());
			List<String> bugIds = new ArrayList<>();
			for (int b = 0; b < 1 + random.nextInt(2); b++) {
				String bugId = familyBugs.get(random.nextInt(familyBugs.size())).bugId();
				if (!bugIds.contains(bugId)) {
					bugIds.add(bugId);
				}
			}
			double score = CVSS_SCORES.get(random.nextInt(CVSS_SCORES.size()));
			String sir = score >= 9 ? "Critical" : score >= 7 ? "High" : score >= 4 ? "Medium" : "Low";
			String cvss = String.valueOf(score);
			if (random.nextInt(40) == 0) {
				sir = "Informational";
				cvss = "0.0";
			}
			List<String> products = new ArrayList<>(List.of(family.advisoryProduct()));
			if (random.nextInt(5) == 0) {
				String other = families.get(random.nextInt(families.size())).advisoryProduct();
				if (!products.contains(other)) {
					products.add(other);
				}
			}
			List<String> affected = List.of();
			List<String> firstFixed = List.of();
			if (family.osType() != null) {
				List<String> releases = family.releases();
				int first = random.nextInt(releases.size());
				int last = Math.min(releases.size() - 1, first + random.nextInt(3));
				affected = List.copyOf(releases.subList(first, last + 1));
				firstFixed = (last + 1 < releases.size()) ? List.of(releases.get(last + 1)) : List.of();
			}
			String title = "Cisco " + family.softwareType().replace(" System Software", " Software") + " " + feature
					+ " " + vulnerability + " Vulnerability";
			String summary = "<p>A vulnerability in the " + feature + " feature of " + products.get(0)
					+ " could allow an unauthenticated, remote attacker to cause a "
					+ vulnerability.toLowerCase(Locale.ROOT) + " condition on an affected device.</p>";
			this.advisories.add(new Advisory(id, title, List.copyOf(bugIds), List.copyOf(advisoryCves),
					List.of(pick(random, CWES)), cvss, sir, random.nextInt(10) == 0 ? "Interim" : "Final",
					random.nextInt(3) == 0 ? "1.1" : "1.0", published, updated, List.copyOf(products), summary,
					family.osType(), affected, firstFixed));
		}
		this.advisories.add(new Advisory("cisco-sa-lsplus-Z6AQEOjk",
				"Cisco IOS XR Software for ASR 9000 Series Routers Lightspeed-Plus Line Cards Denial of Service Vulnerability",
				List.of("CSCvy48962"), List.of("CVE-2022-20714"), List.of("CWE-20"), "8.6", "High", "Final", "1.1",
				LocalDateTime.of(2022, 4, 13, 23, 0, 0), LocalDateTime.of(2022, 4, 29, 4, 28, 53),
				List.of("Cisco IOS XR Software"),
				"<p>A vulnerability in the data plane microcode of Lightspeed-Plus line cards for Cisco ASR 9000 Series Aggregation Services Routers could allow an unauthenticated, remote attacker to cause the line card to reset, resulting in a denial of service (DoS) condition.</p>",
				null, List.of(), List.of()));
		this.advisories.sort(Comparator.comparing(Advisory::firstPublished).reversed()
			.thenComparing(Advisory::advisoryId));
	}

	// ------------------------------------------------------------------ cases and RMAs

	private void generateCasesAndRmas() {
		Random random = random(7);
		Set<String> caseIds = new TreeSet<>();
		List<Device> coveredChassis = this.devices.stream()
			.filter((device) -> device.covered()
					&& "CHASSIS".equals(this.productById.get(device.productId()).itemType()))
			.toList();
		List<SupportCase> drafts = new ArrayList<>();
		for (int n = 0; n < 40; n++) {
			int user = n % 3 == 0 ? 0 : random.nextInt(USERS.size());
			String caseId;
			do {
				caseId = "69" + (1000000 + random.nextInt(8999999));
			}
			while (!caseIds.add(caseId));
			Device device = coveredChassis.get(random.nextInt(coveredChassis.size()));
			Family family = this.familyByPid.get(device.productId());
			Instant created = AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC)
				.minusSeconds(random.nextInt(700) * 86_400L + random.nextInt(86_400));
			Instant updated = created.plusSeconds(random.nextInt(60) * 86_400L + random.nextInt(86_400));
			Instant limit = AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC);
			if (updated.isAfter(limit)) {
				updated = limit.minusSeconds(random.nextInt(86_400));
			}
			if (updated.isBefore(created)) {
				updated = created;
			}
			boolean closed = updated.isBefore(limit.minusSeconds(30 * 86_400L)) && random.nextInt(10) < 7;
			String status = closed ? "Closed"
					: pick(random, List.of("Customer Updated", "Customer Pending", "Cisco Pending", "Open"));
			List<String> caseBugs = new ArrayList<>();
			List<Bug> familyBugs = this.bugsByFamily.getOrDefault(family.key(), List.of());
			if (!familyBugs.isEmpty() && random.nextInt(3) == 0) {
				caseBugs.add(familyBugs.get(random.nextInt(familyBugs.size())).bugId());
			}
			String engineer = pick(random, ENGINEERS);
			String engineerEmail = engineer.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
			List<Note> notes = new ArrayList<>();
			notes.add(new Note("Case opened for " + device.serialNumber() + " (" + device.productId() + ").",
					USER_NAMES.get(user), created));
			if (random.nextBoolean()) {
				notes.add(new Note("Requested show tech-support and logs.", engineer, created.plusSeconds(7200)));
			}
			if (closed) {
				notes.add(new Note("Closed", engineer, updated));
			}
			drafts.add(new SupportCase(caseId, USERS.get(user), USER_NAMES.get(user),
					USERS.get(user) + "@example.com",
					"rtr-" + (100 + random.nextInt(900)) + " - " + pick(random, FEATURES) + " "
							+ pick(random, PROBLEMS),
					weighted(random, new int[] { 5, 20, 60, 15 }) + 1, closed ? "C" : "O", status, created, updated,
					closed ? updated : null, device.serialNumber(), device.contractNumber(), technology(family),
					family.shortName(), engineer, engineerEmail,
					pick(random, List.of("Configuration Assistance", "Error Messages, Logs, Debugs",
							"Hardware Failure", "Software Failure", "Install, Uninstall or Upgrade")),
					List.of(), List.copyOf(caseBugs), List.copyOf(notes)));
		}
		Map<String, List<String>> rmasByCase = new LinkedHashMap<>();
		Set<Long> numbers = new HashSet<>();
		for (int n = 0; n < 25; n++) {
			SupportCase supportCase = drafts.get(random.nextInt(drafts.size()));
			long number;
			do {
				number = 800_000_000L + random.nextInt(99_999_999);
			}
			while (!numbers.add(number));
			int age = (n % 5 < 2) ? random.nextInt(28) : 28 + random.nextInt(340);
			LocalDate ordered = AS_OF.minusDays(age);
			String status = age < 5 ? "Booked" : (age < 20 ? "Shipped" : "Closed");
			Device device = this.devices.stream()
				.filter((d) -> d.serialNumber().equals(supportCase.serialNumber()))
				.findFirst()
				.orElseThrow();
			Product product = this.productById.get(device.productId());
			boolean shipped = !"Booked".equals(status);
			this.rmas.add(new Rma(number, supportCase.userId(), status, ordered, supportCase.caseId(),
					supportCase.contractId(), pick(random, List.of("SNTC-8X5XNBD", "SNTC-24X7X4",
							"Premium Parts & Labor - 4 Hour")),
					random.nextInt(4) == 0 ? "DOA" : "Operational Failure",
					pick(random, List.of("HW Fail - Ether Port", "HW Fail - Power Supply", "HW Fail - Fan",
							"HW Fail - Boot")),
					product.productId() + "=", product.description(), device.serialNumber(),
					device.customer() != null ? device.customer() : CUSTOMERS.get(0),
					shipped ? String.valueOf(1_000_000_000L + random.nextInt(900_000_000)) : null,
					shipped ? pick(random, List.of("DHL", "FedEx", "UPS")) : null,
					shipped ? ordered.plusDays(1 + random.nextInt(2)) : null,
					shipped ? replacementSerialNumber(number) : null));
			rmasByCase.computeIfAbsent(supportCase.caseId(), (key) -> new ArrayList<>()).add(String.valueOf(number));
		}
		for (SupportCase draft : drafts) {
			List<String> rmaNumbers = rmasByCase.getOrDefault(draft.caseId(), List.of());
			this.cases.add(new SupportCase(draft.caseId(), draft.userId(), draft.contactName(), draft.contactEmail(),
					draft.title(), draft.severity(), draft.statusFlag(), draft.status(), draft.creationDate(),
					draft.updatedDate(), draft.closeDate(), draft.serialNumber(), draft.contractId(),
					draft.technology(), draft.subTechnology(), draft.ownerName(), draft.ownerEmail(),
					draft.problemCode(), List.copyOf(rmaNumbers), draft.bugIds(), draft.notes()));
		}
		this.cases.sort(Comparator.comparing(SupportCase::caseId));
		this.rmas.sort(Comparator.comparingLong(Rma::rmaNumber));
	}

	/** A serial number for the unit an RMA ships, derived from the RMA number (no random draw). */
	private static String replacementSerialNumber(long rmaNumber) {
		return "FNS%08d".formatted(rmaNumber % 100_000_000L);
	}

	private static String technology(Family family) {
		return switch (family.type()) {
			case "Routers" -> "Routing Protocols (Includes NAT and HSRP)";
			case "Data Center Switches" -> "Data Center Switching";
			case "Security" -> "Security - Network Firewalls and Intrusion Prevention Systems";
			case "Wireless" -> "Wireless";
			case "Collaboration Endpoints" -> "Collaboration - Voice";
			default -> "LAN Switching";
		};
	}

	// ------------------------------------------------------------------ helpers

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static int weighted(Random random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static String chars(Random random, String alphabet, int length) {
		StringBuilder builder = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return builder.toString();
	}

	private static String twoDigits(int value) {
		return (value < 10) ? "0" + value : String.valueOf(value);
	}

	private static String hex(Random random, int length) {
		return chars(random, "0123456789abcdef", length);
	}

	private static LocalDate day(Random random, int fromYear, int toYear) {
		LocalDate from = LocalDate.of(fromYear, 1, 1);
		int days = (int) ChronoUnit.DAYS.between(from, LocalDate.of(toYear, 12, 31));
		return from.plusDays(random.nextInt(Math.max(days, 1)));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
