package io.github.ciscosupport.sample;

import java.time.Duration;
import java.util.Locale;

import io.github.ciscosupport.sample.LifecycleReport.Summary;

/**
 * The summary of a report as the command line prints it on stderr: one count a line, labelled as
 * the page's cards are.
 */
final class SummaryText {

	private SummaryText() {
	}

	static String of(LifecycleReport report, Duration took) {
		Summary summary = report.summary();
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d devices reported in %.1f s, as of %s%n",
				summary.devices(), took.toMillis() / 1000.0, report.asOf()));
		line(text, "past the last date of support", summary.pastLastDateOfSupport());
		line(text, "last date of support within 12 months", summary.lastDateOfSupportWithin12Months());
		line(text, "last date of support within 24 months", summary.lastDateOfSupportWithin24Months());
		line(text, "not covered by a contract", summary.uncovered());
		line(text, "contract ended", summary.contractEnded());
		line(text, "with a critical advisory", summary.criticalAdvisories());
		line(text, "not found at Cisco", summary.notFoundAtCisco());
		line(text, "serial numbers listed more than once", summary.duplicateSerialNumbers());
		line(text, "skipped rows", summary.rejectedRows());
		return text.toString();
	}

	private static void line(StringBuilder text, String label, int count) {
		text.append(String.format(Locale.ROOT, "  %-40s %6d%n", label + ":", count));
	}

}
