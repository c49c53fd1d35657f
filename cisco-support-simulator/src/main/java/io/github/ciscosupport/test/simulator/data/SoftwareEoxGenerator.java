package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import io.github.ciscosupport.test.simulator.data.EoxRecord.Migration;

import static io.github.ciscosupport.test.simulator.data.RandomDraws.day;

/**
 * Generates the software EoX records of the {@link CatalogueGenerator catalogue}: IOS, IOS XE and
 * NX-OS release trains, each release on many platforms and feature sets, as
 * {@code EOXBySWReleaseString} serves them.
 *
 * @author cisco-support-spring
 */
final class SoftwareEoxGenerator {

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]");

	private SoftwareEoxGenerator() {
	}

	static List<EoxRecord> generate(Random random, EoxBulletinNumbers bulletinNumbers) {
		List<EoxRecord> eoxRecords = new ArrayList<>();
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
				eoxRecords.add(new EoxRecord(pid, description, bulletinNumbers.next(random),
						"https://www.cisco.com/c/en/us/products/ios-nx-os-software/eol-notice-"
								+ compact.toLowerCase(Locale.ROOT) + ".html",
						announce, endOfSale, endOfSale.plusYears(1), null,
						(random.nextInt(3) == 0) ? endOfSale.plusYears(1) : null,
						lastSupport.minusDays(270 + random.nextInt(30)), lastSupport, endOfSale.plusYears(1),
						announce.plusDays(20 + random.nextInt(200)), migration, release, train.os()));
			}
		}
		return eoxRecords;
	}

}
