package io.github.ciscosupport.sample;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reports the page has started: each can be followed ({@link ReportRun#events()}) and
 * cancelled. Finished runs are forgotten once more than a few have piled up; their reports stay
 * in the {@link ReportStore}.
 */
class ReportRuns {

	private static final int KEPT = 16;

	private final LifecycleReportService reports;

	private final ReportStore store;

	private final Clock clock;

	private final Map<String, ReportRun> runs = new LinkedHashMap<>();

	ReportRuns(LifecycleReportService reports, ReportStore store, Clock clock) {
		this.reports = reports;
		this.store = store;
		this.clock = clock;
	}

	ReportRun start(Inventory inventory) {
		ReportRun run = new ReportRun(UUID.randomUUID().toString(), this.clock);
		synchronized (this.runs) {
			forgetFinished();
			this.runs.put(run.id(), run);
		}
		run.start(this.reports.report(inventory, run::progress), this.store::keep);
		return run;
	}

	Optional<ReportRun> get(String id) {
		synchronized (this.runs) {
			return Optional.ofNullable(this.runs.get(id));
		}
	}

	private void forgetFinished() {
		Iterator<ReportRun> iterator = this.runs.values().iterator();
		while (this.runs.size() >= KEPT && iterator.hasNext()) {
			if (iterator.next().isFinished()) {
				iterator.remove();
			}
		}
	}

}
