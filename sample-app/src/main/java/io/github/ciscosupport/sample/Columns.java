package io.github.ciscosupport.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.ciscosupport.client.coverage.CoverageSummary;
import io.github.ciscosupport.client.eox.EoxRecord;
import io.github.ciscosupport.client.psirt.SecurityAdvisory;
import io.github.ciscosupport.client.software.SoftwareSuggestion;
import io.github.ciscosupport.sample.Column.Answer;

/**
 * The five columns of a report, joined per device.
 */
record Columns(Column<EoxRecord> eox, Column<CoverageSummary> coverage, Column<String> product,
		Column<List<SoftwareSuggestion>> software, Column<List<SecurityAdvisory>> advisories) {

	DeviceReport device(InventoryDevice device) {
		List<String> notes = new ArrayList<>();
		Answer<CoverageSummary> coverage = this.coverage.get(device.serialNumber());
		Boolean found = (this.coverage.unavailable() != null) ? null : coverage.value() != null;
		Answer<EoxRecord> eox = this.eox.get(device.serialNumber());
		Answer<String> product = this.product.get(device.productId());
		Answer<List<SoftwareSuggestion>> software = this.software.get(device.productId());
		String releaseKey = LifecycleReportService.releaseKey(device);
		Answer<List<SecurityAdvisory>> advisories = (releaseKey != null) ? this.advisories.get(releaseKey)
				: new Answer<>(null, device.softwareType().isEmpty() ? null
						: "PSIRT has no release queries for software type '" + device.softwareType() + "'");
		if (Boolean.FALSE.equals(found)) {
			// Every serial-number API then says "not found" in its own words: say it once.
			notes.add(LifecycleReportService.NOT_FOUND_AT_CISCO);
		}
		else {
			note(notes, coverage, eox);
		}
		note(notes, product, software, advisories);
		EoxRecord record = eox.value();
		CoverageSummary contract = coverage.value();
		List<SecurityAdvisory> affecting = advisories.value();
		return new DeviceReport(device.line(), device.hostname(), device.serialNumber(), device.productId(),
				device.softwareType(), device.softwareVersion(), found, description(product, record),
				get(record, EoxRecord::endOfSaleDate), get(record, EoxRecord::endOfSoftwareMaintenanceReleases),
				get(record, EoxRecord::lastDateOfSupport), migration(record), get(contract, CoverageSummary::covered),
				get(contract, CoverageSummary::coveredProductLineEndDate),
				get(contract, CoverageSummary::warrantyEndDate),
				(software.value() != null)
						? LifecycleReportService.suggestedRelease(software.value(), device.softwareType()) : null,
				(affecting != null) ? affecting.size() : null,
				(affecting != null) ? LifecycleReportService.highestSeverity(affecting) : null, List.copyOf(notes));
	}

	/** Why each API that could not be used could not, by API name. */
	Map<String, String> unavailable() {
		Map<String, String> unavailable = new LinkedHashMap<>();
		Stream.of(this.eox, this.coverage, this.product, this.software, this.advisories)
			.filter((column) -> column.unavailable() != null)
			.forEach((column) -> unavailable.put(column.name(), column.unavailable()));
		return unavailable;
	}

	private static String description(Answer<String> product, EoxRecord record) {
		// Product Info knows every orderable PID; EoX repeats the description of announced ones.
		return (product.value() != null) ? product.value() : get(record, EoxRecord::productIdDescription);
	}

	private static String migration(EoxRecord record) {
		String migration = (record != null && record.migrationDetails() != null)
				? record.migrationDetails().migrationProductId() : null;
		return (migration == null || migration.isBlank()) ? null : migration;
	}

	private static <T, R> R get(T value, Function<T, R> field) {
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
