package io.github.ciscosupport.sample;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.sample.ReportProgress.ApiProgress;

/**
 * What the page hears about a report being made, as a server-sent event.
 *
 * @param type {@code progress}, or how the run ended: {@code done}, {@code cancelled} or
 * {@code failed}
 * @param answered the lookups answered
 * @param total the lookups to make
 * @param apis the same per API
 * @param elapsedSeconds the time since the report started
 * @param remainingSeconds an estimate of the time left, or {@code null} while there is none
 * @param reportId the report, when done ({@code GET /api/reports/{id}})
 * @param message why the report failed
 */
record RunEvent(String type, int answered, int total, List<ApiProgress> apis, long elapsedSeconds,
		@Nullable Long remainingSeconds, @Nullable String reportId, @Nullable String message) {

	static final String PROGRESS = "progress";

	static final String DONE = "done";

	static final String CANCELLED = "cancelled";

	static final String FAILED = "failed";

	boolean isFinal() {
		return !PROGRESS.equals(this.type);
	}

}
