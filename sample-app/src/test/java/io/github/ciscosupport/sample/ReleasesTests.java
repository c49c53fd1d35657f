package io.github.ciscosupport.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReleasesTests {

	@Test
	void comparesCiscoReleaseNamesPieceByPiece() {
		assertThat(Releases.compare("15.2(7)E8", "15.2(7)E3")).isPositive();
		assertThat(Releases.compare("15.2(7)E10", "15.2(7)E9")).as("numbers as numbers").isPositive();
		assertThat(Releases.compare("15.2(4)E10", "15.2(7)E3")).isNegative();
		assertThat(Releases.compare("17.3.4a", "17.3.4")).as("a rebuild").isPositive();
		assertThat(Releases.compare("16.12.10", "17.3.7")).isNegative();
		assertThat(Releases.compare("3.6.10E", "16.3.11")).isNegative();
		assertThat(Releases.compare("9.16.4", "9.16.4")).isZero();
		assertThat(Releases.compare("12.4(15)T17", "15.2(2)E10")).isNegative();
		assertThat(Releases.compare("9.16.04", "9.16.4")).as("leading zeros").isZero();
		assertThat(Releases.compare("9.16.100", "9.16.099")).isPositive();
	}

	@Test
	void aReleaseFixesAnAdvisoryWhenItIsAtOrPastTheFirstFixOfItsMajorRelease() {
		List<String> firstFixed = List.of("15.2(7)E3", "15.9(3)M2");

		assertThat(Releases.fixes("15.2(7)E8", firstFixed)).isTrue();
		assertThat(Releases.fixes("15.2(7)E3", firstFixed)).isTrue();
		assertThat(Releases.fixes("15.2(4)E10", firstFixed)).isFalse();
		assertThat(Releases.fixes("15.9(3)M9", firstFixed)).isTrue();
		assertThat(Releases.fixes("15.5(3)M11a", firstFixed)).as("no first fix in 15.5").isNull();
		assertThat(Releases.fixes("17.9.5", List.of())).as("PSIRT names no first fix").isNull();
	}

}
