package io.github.ciscosupport.sample;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the devices of a report as CSV, one row per device, for spreadsheets and pipelines. The
 * page's CSV download and the CLI share it.
 */
final class ReportCsv {

	static final String HEADER = "line,hostname,serial,pid,software_type,version,found_at_cisco,description,"
			+ "end_of_sale,end_of_sw_maintenance,last_date_of_support,eox_lookup,bulletin,bulletin_url,migration_pid,"
			+ "migration_name,migration_url,covered,contract_end,contract_ended,warranty_end,suggested_release,"
			+ "upgrade_available,advisories,highest_severity,advisory_ids,fixed_by_suggested,open_in_suggested,notes";

	private ReportCsv() {
	}

	static String write(LifecycleReport report) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (DeviceReport d : report.devices()) {
			csv.append(Stream
				.of(d.line(), d.hostname(), d.serialNumber(), d.productId(), d.softwareType(), d.softwareVersion(),
						d.foundAtCisco(), d.description(), d.endOfSale(), d.endOfSoftwareMaintenance(),
						d.lastDateOfSupport(), d.eoxLookup(), d.bulletin(), d.bulletinUrl(), d.migrationProductId(),
						d.migrationProductName(), d.migrationProductUrl(), d.covered(), d.contractEnd(),
						d.contractEnded(), d.warrantyEnd(), d.suggestedRelease(), d.upgradeAvailable(), d.advisories(),
						d.highestSeverity(), String.join(" ", d.advisoryIds()), d.advisoriesFixedBySuggestedRelease(),
						d.advisoriesOpenInSuggestedRelease(), String.join("; ", d.notes()))
				.map(ReportCsv::field)
				.collect(Collectors.joining(",")))
				.append('\n');
		}
		return csv.toString();
	}

	private static String field(Object value) {
		String text = Objects.toString(value, "");
		// Quote what would split a field, and what a spreadsheet would run as a formula.
		boolean formula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
		if (formula) {
			text = "'" + text;
		}
		return (text.contains(",") || text.contains("\"") || text.contains("\n") || formula)
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
