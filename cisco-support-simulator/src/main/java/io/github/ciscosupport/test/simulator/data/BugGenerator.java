package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.github.ciscosupport.test.simulator.data.RandomDraws.pick;
import static io.github.ciscosupport.test.simulator.data.RandomDraws.weighted;
import static io.github.ciscosupport.test.simulator.data.Vocabulary.FEATURES;
import static io.github.ciscosupport.test.simulator.data.Vocabulary.PROBLEMS;

/**
 * Generates the bugs of the {@link CatalogueGenerator catalogue}: for every family with software,
 * bugs affecting a share of its PIDs and a few consecutive releases, with Cisco's severities,
 * statuses and ages (modified dates cluster in the recent past, as the Bug API's
 * {@code modified_date} filter expects), and the pinned {@code CSCvc57217}.
 *
 * @author cisco-support-spring
 */
final class BugGenerator {

	private static final LocalDate AS_OF = Catalogue.AS_OF;

	private static final List<String> BUG_PREFIXES = List.of("vc", "vd", "ve", "vf", "vg", "vh", "vi", "vj", "vk",
			"vm", "vn", "vo", "vp", "vq", "vr", "vs", "vt", "vu", "vv", "vw", "vx", "vy", "vz", "wa", "wb", "wc", "wd",
			"we", "wf", "wh", "wi", "wj", "wk");

	private static final List<String> CONTEXTS = List.of("after upgrade", "under scale", "with large tables",
			"on standby supervisor", "when an interface flaps", "during ISSU", "with jumbo frames",
			"after switchover");

	private BugGenerator() {
	}

	static GeneratedBugs generate(Random random, GeneratedProducts products) {
		List<Bug> bugs = new ArrayList<>();
		Map<String, List<Bug>> bugsByFamily = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>(Set.of("CSCvc57217"));
		for (Family family : Family.ALL) {
			if (!family.hasSoftware()) {
				continue;
			}
			List<String> pids = products.all()
				.stream()
				.filter((product) -> product.hasSoftware() && products.family(product.productId()) == family)
				.map(Product::productId)
				.toList();
			List<Bug> familyBugs = familyBugs(random, family, pids, ids);
			bugsByFamily.put(family.key(), familyBugs);
			bugs.addAll(familyBugs);
		}
		bugs.sort(Comparator.comparing(Bug::bugId));
		return new GeneratedBugs(bugs, bugsByFamily);
	}

	/** The bugs of a family with software, by bug ID; {@code ids} holds the bug IDs taken. */
	private static List<Bug> familyBugs(Random random, Family family, List<String> pids, Set<String> ids) {
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
		return familyBugs;
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

}
