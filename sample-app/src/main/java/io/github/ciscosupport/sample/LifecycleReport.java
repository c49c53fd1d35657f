package io.github.ciscosupport.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.sample.Inventory.RejectedRow;

/**
 * A lifecycle and risk report of an inventory.
 *
 * @param id the report's ID, to download it again as CSV
 * @param generatedAt when it was made
 * @param asOf the day the summary counts from
 * @param simulator whether the data came from the embedded simulator rather than Cisco
 * @param summary the counts a network team looks at first
 * @param devices one entry per device, in inventory order
 * @param advisories the security advisories that affect the devices, most severe first
 * @param rejectedRows the inventory rows that were skipped, with why
 * @param warnings what the reader noticed about the inventory as a whole (its encoding, ignored
 * columns, serial numbers listed more than once)
 * @param unavailable the APIs that could not be used (not entitled, failing), with why; their
 * columns are empty
 */
record LifecycleReport(String id, Instant generatedAt, LocalDate asOf, boolean simulator, Summary summary,
		List<DeviceReport> devices, List<ReportAdvisory> advisories, List<RejectedRow> rejectedRows,
		List<String> warnings, Map<String, String> unavailable) {

	/**
	 * The summary of a report.
	 *
	 * @param devices the devices reported on
	 * @param rejectedRows the rows skipped
	 * @param notFoundAtCisco serial numbers Cisco does not know
	 * @param pastLastDateOfSupport devices whose last date of support has passed
	 * @param lastDateOfSupportWithin12Months devices reaching it within 12 months
	 * @param lastDateOfSupportWithin24Months devices reaching it within 24 months (those within 12
	 * included)
	 * @param uncovered devices no service contract covers
	 * @param contractEnded devices whose contract ended before the report's date
	 * @param criticalAdvisories devices whose release has a critical advisory
	 * @param duplicateSerialNumbers serial numbers the inventory lists more than once
	 */
	record Summary(int devices, int rejectedRows, int notFoundAtCisco, int pastLastDateOfSupport,
			int lastDateOfSupportWithin12Months, int lastDateOfSupportWithin24Months, int uncovered,
			int contractEnded, int criticalAdvisories, int duplicateSerialNumbers) {

		static Summary of(List<DeviceReport> devices, int rejectedRows, int duplicateSerialNumbers, LocalDate asOf) {
			LocalDate in12 = asOf.plusMonths(12);
			LocalDate in24 = asOf.plusMonths(24);
			return new Summary(devices.size(), rejectedRows,
					count(devices, (d) -> Boolean.FALSE.equals(d.foundAtCisco())),
					count(devices, (d) -> d.lastDateOfSupport() != null && d.lastDateOfSupport().isBefore(asOf)),
					count(devices, (d) -> between(d.lastDateOfSupport(), asOf, in12)),
					count(devices, (d) -> between(d.lastDateOfSupport(), asOf, in24)),
					count(devices, (d) -> Boolean.FALSE.equals(d.covered())),
					count(devices, (d) -> Boolean.TRUE.equals(d.contractEnded())),
					count(devices, (d) -> "Critical".equalsIgnoreCase(d.highestSeverity())), duplicateSerialNumbers);
		}

		private static boolean between(@Nullable LocalDate date, LocalDate from, LocalDate to) {
			return date != null && !date.isBefore(from) && date.isBefore(to);
		}

		private static int count(List<DeviceReport> devices, Predicate<DeviceReport> test) {
			return (int) devices.stream().filter(test).count();
		}

	}

}
