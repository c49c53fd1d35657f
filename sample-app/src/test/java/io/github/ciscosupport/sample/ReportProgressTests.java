package io.github.ciscosupport.sample;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.sample.ReportProgress.ApiProgress;

import static org.assertj.core.api.Assertions.assertThat;

class ReportProgressTests {

	@Test
	void estimatesTheTimeLeftFromTheSlowestApi() {
		ReportProgress progress = new ReportProgress(List.of(new ApiProgress("EoX", 20, 20),
				new ApiProgress("SN2INFO coverage", 1000, 5000), new ApiProgress("PSIRT advisories", 10, 15)));

		// SN2INFO answered a fifth in 40 s: 160 s to go; PSIRT two thirds: 20 s to go.
		assertThat(progress.remaining(Duration.ofSeconds(40))).hasValue(Duration.ofSeconds(160));
		assertThat(progress.answered()).isEqualTo(1030);
		assertThat(progress.total()).isEqualTo(5035);
	}

	@Test
	void hasNoEstimateWhileAnApiWithLookupsLeftHasAnsweredNone() {
		ReportProgress progress = new ReportProgress(
				List.of(new ApiProgress("EoX", 5, 20), new ApiProgress("PSIRT advisories", 0, 15)));

		assertThat(progress.remaining(Duration.ofSeconds(3))).isEmpty();
	}

	@Test
	void hasNothingLeftWhenEveryApiHasAnswered() {
		ReportProgress progress = new ReportProgress(List.of(new ApiProgress("EoX", 20, 20)));

		assertThat(progress.remaining(Duration.ofSeconds(3))).hasValue(Duration.ZERO);
	}

}
