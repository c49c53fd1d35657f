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
	 * An estimate of the time left, from the pace of each API so far. The APIs run at the same
	 * time and share one rate limit, so the report ends when the slowest one does: the estimate is
	 * the longest of the APIs' own.
	 * @param elapsed the time since the report started
	 * @return the estimate, or empty while an API with lookups left has answered none
	 */
	Optional<Duration> remaining(Duration elapsed) {
		long longest = 0;
		for (ApiProgress api : this.apis) {
			int left = api.total() - api.answered();
			if (left > 0) {
				if (api.answered() == 0) {
					return Optional.empty();
				}
				longest = Math.max(longest, elapsed.toMillis() * left / api.answered());
			}
		}
		return Optional.of(Duration.ofMillis(longest));
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
