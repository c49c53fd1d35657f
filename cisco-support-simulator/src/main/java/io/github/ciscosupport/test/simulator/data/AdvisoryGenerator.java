package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.github.ciscosupport.test.simulator.data.RandomDraws.chars;
import static io.github.ciscosupport.test.simulator.data.RandomDraws.pick;
import static io.github.ciscosupport.test.simulator.data.Vocabulary.FEATURES;

/**
 * Generates the security advisories of the {@link CatalogueGenerator catalogue}, as PSIRT openVuln
 * serves them: advisories published since 2015 on the families with software, with CVEs, bug IDs
 * of the family, CWEs, CVSS scores and the matching impact rating, the affected and first fixed
 * releases of the OS types PSIRT indexes, and the pinned {@code cisco-sa-lsplus-Z6AQEOjk}; also the
 * OS versions PSIRT knows.
 *
 * @author cisco-support-spring
 */
final class AdvisoryGenerator {

	private static final LocalDate AS_OF = Catalogue.AS_OF;

	private static final int ADVISORY_COUNT = 600;

	private static final String MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final List<String> VULNERABILITIES = List.of("Denial of Service", "Command Injection",
			"Privilege Escalation", "Cross-Site Scripting", "Arbitrary File Read", "Authentication Bypass",
			"Information Disclosure", "Remote Code Execution", "Cross-Site Request Forgery");

	private static final List<String> CWES = List.of("CWE-20", "CWE-77", "CWE-79", "CWE-119", "CWE-200", "CWE-287",
			"CWE-352", "CWE-400", "CWE-476", "CWE-78");

	private static final List<Double> CVSS_SCORES = List.of(3.1, 3.7, 4.3, 5.3, 5.8, 6.1, 6.5, 7.4, 7.5, 8.6, 8.8,
			9.8, 10.0);

	private AdvisoryGenerator() {
	}

	static List<Advisory> generate(Random random, GeneratedBugs bugs) {
		List<Advisory> advisories = new ArrayList<>();
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
			List<Bug> familyBugs = bugs.ofFamily(family);
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
			advisories.add(new Advisory(id, title, List.copyOf(bugIds), List.copyOf(advisoryCves),
					List.of(pick(random, CWES)), cvss, sir, random.nextInt(10) == 0 ? "Interim" : "Final",
					random.nextInt(3) == 0 ? "1.1" : "1.0", published, updated, List.copyOf(products), summary,
					family.osType(), affected, firstFixed));
		}
		advisories.add(new Advisory("cisco-sa-lsplus-Z6AQEOjk",
				"Cisco IOS XR Software for ASR 9000 Series Routers Lightspeed-Plus Line Cards Denial of Service Vulnerability",
				List.of("CSCvy48962"), List.of("CVE-2022-20714"), List.of("CWE-20"), "8.6", "High", "Final", "1.1",
				LocalDateTime.of(2022, 4, 13, 23, 0, 0), LocalDateTime.of(2022, 4, 29, 4, 28, 53),
				List.of("Cisco IOS XR Software"),
				"<p>A vulnerability in the data plane microcode of Lightspeed-Plus line cards for Cisco ASR 9000 Series Aggregation Services Routers could allow an unauthenticated, remote attacker to cause the line card to reset, resulting in a denial of service (DoS) condition.</p>",
				null, List.of(), List.of()));
		advisories.sort(Comparator.comparing(Advisory::firstPublished).reversed()
			.thenComparing(Advisory::advisoryId));
		return advisories;
	}

	/** The OS versions PSIRT knows, by OS type: the releases of the families of that type. */
	static Map<String, List<String>> osVersions() {
		Map<String, List<String>> osVersions = new LinkedHashMap<>();
		for (Family family : Family.ALL) {
			if (family.osType() != null) {
				osVersions.computeIfAbsent(family.osType(), (key) -> new ArrayList<>()).addAll(family.releases());
			}
		}
		osVersions.replaceAll((key, versions) -> List.copyOf(new LinkedHashSet<>(versions)));
		return osVersions;
	}

}
