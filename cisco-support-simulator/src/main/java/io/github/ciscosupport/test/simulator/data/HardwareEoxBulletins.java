package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.github.ciscosupport.test.simulator.data.EoxRecord.Migration;

import static io.github.ciscosupport.test.simulator.data.RandomDraws.day;

/**
 * The hardware EoX bulletins of a {@link Family}: groups of one to eight PIDs sharing the dates,
 * each with a migration, and the pinned bulletins {@code EOL5834} and {@code EOL13873} with their
 * recorded values.
 *
 * @author cisco-support-spring
 */
final class HardwareEoxBulletins {

	private static final LocalDate AS_OF = Catalogue.AS_OF;

	private final EoxBulletinNumbers bulletinNumbers;

	HardwareEoxBulletins(EoxBulletinNumbers bulletinNumbers) {
		this.bulletinNumbers = bulletinNumbers;
	}

	/** The EoX records of the PIDs of a family that reach their end of life, by PID. */
	Map<String, EoxRecord> bulletins(Family family, List<String> pids, Random random) {
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
			String number = this.bulletinNumbers.next(random);
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
				result.put(pid, new EoxRecord(pid,
						ProductNames.productDescription(family, pid, ProductNames.itemType(family, pid), random),
						number, url, announce, endOfSale, software ? endOfSale.plusYears(1) : null,
						(software && announce.getYear() >= 2012) ? endOfSale.plusYears(3) : null,
						(random.nextInt(10) > 0) ? endOfSale.plusYears(1) : null,
						lastSupport.minusDays(90 + random.nextInt(30)), lastSupport, endOfSale.plusYears(1),
						min(announce.plusDays(10 + random.nextInt(400)), AS_OF), migration, null, null));
			}
		}
		return result;
	}

	private static Migration migration(Family family, Random random) {
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

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
