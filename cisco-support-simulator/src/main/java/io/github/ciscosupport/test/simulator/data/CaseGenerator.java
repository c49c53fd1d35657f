package io.github.ciscosupport.test.simulator.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import io.github.ciscosupport.test.simulator.data.SupportCase.Note;

import static io.github.ciscosupport.test.simulator.data.RandomDraws.pick;
import static io.github.ciscosupport.test.simulator.data.RandomDraws.weighted;
import static io.github.ciscosupport.test.simulator.data.Vocabulary.FEATURES;
import static io.github.ciscosupport.test.simulator.data.Vocabulary.PROBLEMS;

/**
 * Generates the support cases and RMAs of the {@link CatalogueGenerator catalogue}: cases of three
 * users about covered chassis, some citing a bug of the device's family, and RMAs opened from
 * them, shipped or not yet.
 *
 * @author cisco-support-spring
 */
final class CaseGenerator {

	private static final LocalDate AS_OF = Catalogue.AS_OF;

	private static final List<String> USERS = List.of("simulator-user", "jdoe", "asmith");

	private static final List<String> USER_NAMES = List.of("Sam Simulator", "Jane Doe", "Alex Smith");

	private static final List<String> ENGINEERS = List.of("Pat Engineer", "Robin Tac", "Kim Support",
			"Lee Escalation");

	private CaseGenerator() {
	}

	static GeneratedCases generate(Random random, GeneratedProducts products, List<Device> devices,
			GeneratedBugs bugs) {
		List<SupportCase> drafts = drafts(random, products, devices, bugs);
		List<Rma> rmas = rmas(random, drafts, products, devices);
		List<SupportCase> cases = withRmaNumbers(drafts, rmas);
		cases.sort(Comparator.comparing(SupportCase::caseId));
		rmas.sort(Comparator.comparingLong(Rma::rmaNumber));
		return new GeneratedCases(cases, rmas);
	}

	/** The cases, without their RMA numbers yet. */
	private static List<SupportCase> drafts(Random random, GeneratedProducts products, List<Device> devices,
			GeneratedBugs bugs) {
		Set<String> caseIds = new TreeSet<>();
		List<Device> coveredChassis = devices.stream()
			.filter((device) -> device.covered() && "CHASSIS".equals(products.get(device.productId()).itemType()))
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
			Family family = products.family(device.productId());
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
			List<Bug> familyBugs = bugs.ofFamily(family);
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
		return drafts;
	}

	/** RMAs opened from some of the cases, for the device of the case. */
	private static List<Rma> rmas(Random random, List<SupportCase> drafts, GeneratedProducts products,
			List<Device> devices) {
		List<Rma> rmas = new ArrayList<>();
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
			Device device = devices.stream()
				.filter((d) -> d.serialNumber().equals(supportCase.serialNumber()))
				.findFirst()
				.orElseThrow();
			Product product = products.get(device.productId());
			boolean shipped = !"Booked".equals(status);
			rmas.add(new Rma(number, supportCase.userId(), status, ordered, supportCase.caseId(),
					supportCase.contractId(), pick(random, List.of("SNTC-8X5XNBD", "SNTC-24X7X4",
							"Premium Parts & Labor - 4 Hour")),
					random.nextInt(4) == 0 ? "DOA" : "Operational Failure",
					pick(random, List.of("HW Fail - Ether Port", "HW Fail - Power Supply", "HW Fail - Fan",
							"HW Fail - Boot")),
					product.productId() + "=", product.description(), device.serialNumber(),
					device.customer() != null ? device.customer() : DeviceGenerator.CUSTOMERS.get(0),
					shipped ? String.valueOf(1_000_000_000L + random.nextInt(900_000_000)) : null,
					shipped ? pick(random, List.of("DHL", "FedEx", "UPS")) : null,
					shipped ? ordered.plusDays(1 + random.nextInt(2)) : null,
					shipped ? replacementSerialNumber(number) : null));
		}
		return rmas;
	}

	private static List<SupportCase> withRmaNumbers(List<SupportCase> drafts, List<Rma> rmas) {
		Map<String, List<String>> rmasByCase = new LinkedHashMap<>();
		for (Rma rma : rmas) {
			rmasByCase.computeIfAbsent(rma.caseId(), (key) -> new ArrayList<>()).add(String.valueOf(rma.rmaNumber()));
		}
		List<SupportCase> cases = new ArrayList<>();
		for (SupportCase draft : drafts) {
			List<String> rmaNumbers = rmasByCase.getOrDefault(draft.caseId(), List.of());
			cases.add(new SupportCase(draft.caseId(), draft.userId(), draft.contactName(), draft.contactEmail(),
					draft.title(), draft.severity(), draft.statusFlag(), draft.status(), draft.creationDate(),
					draft.updatedDate(), draft.closeDate(), draft.serialNumber(), draft.contractId(),
					draft.technology(), draft.subTechnology(), draft.ownerName(), draft.ownerEmail(),
					draft.problemCode(), List.copyOf(rmaNumbers), draft.bugIds(), draft.notes()));
		}
		return cases;
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

}
