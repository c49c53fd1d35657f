package io.github.ciscosupport.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the last reports so the page can download one as CSV without asking Cisco again.
 */
class ReportStore {

	private static final int KEPT = 16;

	private final Map<String, LifecycleReport> reports = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, LifecycleReport> eldest) {
			return size() > KEPT;
		}

	};

	synchronized LifecycleReport keep(LifecycleReport report) {
		this.reports.put(report.id(), report);
		return report;
	}

	synchronized Optional<LifecycleReport> get(String id) {
		return Optional.ofNullable(this.reports.get(id));
	}

}
