package io.github.ciscosupport.sample;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.sample.ReportProgress.ApiProgress;

import static org.assertj.core.api.Assertions.assertThat;

class ReportProgressTests {

	private static final String PSIRT = LifecycleReportService.ADVISORIES;

	@Test
	void estimatesTheTimeLeftFromThePaceOfAllLookups() {
		ReportProgress progress = new ReportProgress(List.of(new ApiProgress("EoX", 20, 20),
				new ApiProgress("SN2INFO coverage", 1170, 5000), new ApiProgress(PSIRT, 10, 10)));

		// 1,200 of 5,030 lookups in 40 s: 3,830 more take 127.7 s at that pace.
		assertThat(progress.remaining(Duration.ofSeconds(40))).hasValue(Duration.ofMillis(127666));
		assertThat(progress.answered()).isEqualTo(1200);
		assertThat(progress.total()).isEqualTo(5030);
	}

	@Test
	void psirtsOwnPaceBoundsTheEstimateFromBelow() {
		ReportProgress progress = new ReportProgress(
				List.of(new ApiProgress("EoX", 400, 400), new ApiProgress(PSIRT, 40, 200)));

		// PSIRT answered 40 releases in 80 s: 160 more take 320 s, longer than the pace of all
		// lookups says (440 of 600 in 80 s: 29 s).
		assertThat(progress.remaining(Duration.ofSeconds(80))).hasValue(Duration.ofSeconds(320));
	}

	@Test
	void hasNoEstimateBeforeTheFirstAnswerOrWhilePsirtHasAnsweredNone() {
		assertThat(new ReportProgress(List.of(new ApiProgress("EoX", 0, 20))).remaining(Duration.ofSeconds(3)))
			.isEmpty();
		assertThat(new ReportProgress(List.of(new ApiProgress("EoX", 5, 20), new ApiProgress(PSIRT, 0, 15)))
			.remaining(Duration.ofSeconds(3))).isEmpty();
	}

	@Test
	void hasNothingLeftWhenEveryApiHasAnswered() {
		ReportProgress progress = new ReportProgress(List.of(new ApiProgress("EoX", 20, 20)));

		assertThat(progress.remaining(Duration.ofSeconds(3))).hasValue(Duration.ZERO);
	}

}
