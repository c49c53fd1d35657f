package io.github.ciscosupport.sample;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How far a report has got: per API, the lookups answered of those it has to make. The EoX total
 * grows once the serial numbers to look up are known (see {@link EoxAnswers}).
 *
 * @param apis one entry per API, in a fixed order
 */
record ReportProgress(List<ApiProgress> apis) {

	int answered() {
		return this.apis.stream().mapToInt(ApiProgress::answered).sum();
	}

	int total() {
		return this.apis.stream().mapToInt(ApiProgress::total).sum();
	}

	/**
	 * An estimate of the time left. The APIs share one rate limit, so the report's pace is the
	 * lookups answered so far over the time they took; PSIRT, which also has its own limit of 30
	 * calls a minute and answers one release a call, may take longer than that pace says, so its
	 * own pace bounds the estimate from below.
	 * @param elapsed the time since the report started
	 * @return the estimate, or empty before the first answer, or while PSIRT has lookups left
	 * and has answered none
	 */
	Optional<Duration> remaining(Duration elapsed) {
		if (answered() == 0) {
			return Optional.empty();
		}
		long overall = elapsed.toMillis() * (total() - answered()) / answered();
		long psirt = 0;
		for (ApiProgress api : this.apis) {
			int left = api.total() - api.answered();
			if (api.name().equals(LifecycleReportService.ADVISORIES) && left > 0) {
				if (api.answered() == 0) {
					return Optional.empty();
				}
				psirt = elapsed.toMillis() * left / api.answered();
			}
		}
		return Optional.of(Duration.ofMillis(Math.max(overall, psirt)));
	}

	/**
	 * The progress of one API.
	 *
	 * @param name the API's name, as the report's notes show it
	 * @param answered the lookups answered
	 * @param total the lookups to make
	 */
	record ApiProgress(String name, int answered, int total) {

	}

}
