package io.github.ciscosupport.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.coverage.CoverageSummary;
import io.github.ciscosupport.client.eox.EoxMigrationDetails;
import io.github.ciscosupport.client.eox.EoxRecord;
import io.github.ciscosupport.client.psirt.SecurityAdvisory;
import io.github.ciscosupport.client.software.SoftwareSuggestion;
import io.github.ciscosupport.sample.Column.Answer;

/**
 * The answers of the five APIs, joined per device.
 */
record Columns(EoxAnswers eox, Column<CoverageSummary> coverage, Column<String> product,
		Column<List<SoftwareSuggestion>> software, Column<List<SecurityAdvisory>> advisories) {

	private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "informational");

	DeviceReport device(InventoryDevice device, LocalDate asOf, Map<String, List<Integer>> duplicates) {
		List<String> notes = new ArrayList<>();
		Answer<CoverageSummary> coverage = this.coverage.get(device.serialNumber());
		Boolean found = (this.coverage.unavailable() != null) ? null : coverage.value() != null;
		Answer<EoxRecord> eox = this.eox.answer(device, this.coverage);
		Answer<String> product = this.product.get(device.productId());
		Answer<List<SoftwareSuggestion>> software = this.software.get(device.productId());
		Answer<List<SecurityAdvisory>> advisories = advisories(device);
		duplicate(device, duplicates, notes);
		if (Boolean.FALSE.equals(found)) {
			// Every serial-number API then says "not found" in its own words: say it once.
			notes.add(LifecycleReportService.NOT_FOUND_AT_CISCO);
		}
		else {
			String shippedAs = EoxAnswers.otherProductIds(device, coverage.value());
			if (shippedAs != null) {
				notes.add("Cisco shipped this serial number as " + shippedAs + ", not " + device.productId());
			}
			note(notes, coverage, eox);
		}
		note(notes, product, software, advisories);
		EoxRecord record = eox.value();
		EoxMigrationDetails migration = (record != null) ? record.migrationDetails() : null;
		CoverageSummary contract = coverage.value();
		LocalDate contractEnd = get(contract, CoverageSummary::coveredProductLineEndDate);
		String suggested = (software.value() != null)
				? LifecycleReportService.suggestedRelease(software.value(), device.softwareType()) : null;
		List<SecurityAdvisory> affecting = (advisories.value() != null) ? sorted(advisories.value()) : null;
		List<Boolean> fixes = (suggested != null && affecting != null)
				? affecting.stream().map((advisory) -> Releases.fixes(suggested, advisory.firstFixed())).toList() : null;
		return new DeviceReport(device.line(), device.hostname(), device.serialNumber(), device.productId(),
				device.softwareType(), device.softwareVersion(), found, description(product, record),
				get(record, EoxRecord::endOfSaleDate), get(record, EoxRecord::endOfSoftwareMaintenanceReleases),
				get(record, EoxRecord::lastDateOfSupport), this.eox.lookup(device, this.coverage),
				blankToNull(get(record, EoxRecord::productBulletinNumber)),
				blankToNull(get(record, EoxRecord::linkToProductBulletinUrl)),
				blankToNull(get(migration, EoxMigrationDetails::migrationProductId)),
				blankToNull(get(migration, EoxMigrationDetails::migrationProductName)),
				blankToNull(get(migration, EoxMigrationDetails::migrationProductInfoUrl)),
				get(contract, CoverageSummary::covered), contractEnd,
				(contractEnd != null) ? contractEnd.isBefore(asOf) : null, get(contract, CoverageSummary::warrantyEndDate),
				suggested, (suggested != null && !device.softwareVersion().isEmpty())
						? Releases.compare(suggested, device.softwareVersion()) > 0 : null,
				(affecting != null) ? affecting.size() : null, (affecting != null) ? highestSeverity(affecting) : null,
				(affecting != null) ? affecting.stream().map(SecurityAdvisory::advisoryId).toList() : List.of(),
				(fixes != null) ? count(fixes, Boolean.TRUE) : null, (fixes != null) ? count(fixes, Boolean.FALSE) : null,
				List.copyOf(notes));
	}

	/** The advisories of the report's devices, most severe and most widespread first. */
	List<ReportAdvisory> advisories(List<DeviceReport> devices) {
		Map<String, Long> affected = devices.stream()
			.flatMap((device) -> device.advisoryIds().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Map<String, SecurityAdvisory> advisories = new LinkedHashMap<>();
		this.advisories.answers()
			.values()
			.stream()
			.filter((answer) -> answer.value() != null)
			.flatMap((answer) -> answer.value().stream())
			.filter((advisory) -> advisory.advisoryId() != null && affected.containsKey(advisory.advisoryId()))
			.forEach((advisory) -> advisories.putIfAbsent(advisory.advisoryId(), advisory));
		return advisories.values()
			.stream()
			.map((advisory) -> ReportAdvisory.of(advisory, affected.get(advisory.advisoryId()).intValue()))
			.sorted(Comparator.comparingInt((ReportAdvisory advisory) -> rank(advisory.severity()))
				.thenComparing(Comparator.comparingInt(ReportAdvisory::devices).reversed())
				.thenComparing(ReportAdvisory::id))
			.toList();
	}

	/** Why each API that could not be used could not, by API name. */
	Map<String, String> unavailable() {
		Map<String, String> unavailable = new LinkedHashMap<>();
		Stream.of(this.eox.byProductId(), this.eox.bySerialNumber(), this.coverage, this.product, this.software,
				this.advisories)
			.filter((column) -> column.unavailable() != null)
			.forEach((column) -> unavailable.putIfAbsent(column.name(), column.unavailable()));
		return unavailable;
	}

	static @Nullable String highestSeverity(List<SecurityAdvisory> advisories) {
		return advisories.stream().map(SecurityAdvisory::sir).filter(Objects::nonNull).min(Comparator.comparingInt(Columns::rank)).orElse(null);
	}

	private Answer<List<SecurityAdvisory>> advisories(InventoryDevice device) {
		String releaseKey = LifecycleReportService.releaseKey(device);
		if (releaseKey != null) {
			return this.advisories.get(releaseKey);
		}
		return new Answer<>(null, device.softwareType().isEmpty() ? null
				: "PSIRT has no release queries for software type '" + device.softwareType() + "'", false);
	}

	private static void duplicate(InventoryDevice device, Map<String, List<Integer>> duplicates, List<String> notes) {
		List<Integer> lines = duplicates.get(device.serialNumber().toUpperCase(Locale.ROOT));
		if (lines != null) {
			notes.add("serial number also on line " + lines.stream()
				.filter((line) -> line != device.line())
				.map(String::valueOf)
				.collect(Collectors.joining(", ")));
		}
	}

	private static List<SecurityAdvisory> sorted(List<SecurityAdvisory> advisories) {
		return advisories.stream()
			.sorted(Comparator.comparingInt((SecurityAdvisory advisory) -> rank(advisory.sir()))
				.thenComparing(SecurityAdvisory::advisoryId, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private static int rank(@Nullable String severity) {
		int rank = (severity != null) ? SEVERITIES.indexOf(severity.toLowerCase(Locale.ROOT)) : -1;
		return (rank < 0) ? SEVERITIES.size() : rank;
	}

	private static int count(List<Boolean> verdicts, Boolean verdict) {
		return (int) verdicts.stream().filter(verdict::equals).count();
	}

	private static @Nullable String description(Answer<String> product, @Nullable EoxRecord record) {
		// Product Info knows every orderable PID; EoX repeats the description of announced ones.
		return (product.value() != null) ? product.value() : get(record, EoxRecord::productIdDescription);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static <T, R> @Nullable R get(@Nullable T value, Function<T, R> field) {
		return (value != null) ? field.apply(value) : null;
	}

	private static void note(List<String> notes, Answer<?>... answers) {
		for (Answer<?> answer : answers) {
			if (answer.note() != null && !notes.contains(answer.note())) {
				notes.add(answer.note());
			}
		}
	}

}
