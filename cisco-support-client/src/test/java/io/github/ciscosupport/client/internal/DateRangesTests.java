package io.github.ciscosupport.client.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DateRangesTests {

	private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

	@Test
	void aRangeIsSetWithBothEndsInOrderAndUnsetWithNone() {
		assertThat(DateRanges.check(DAY, DAY, "order date range")).isTrue();
		assertThat(DateRanges.check(DAY, DAY.plusDays(1), "order date range")).isTrue();
		assertThat(DateRanges.check(null, null, "order date range")).isFalse();
	}

	@Test
	void oneEndOrAReversedRangeIsRefusedNamingTheRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> DateRanges.check(DAY, null, "order date range"))
			.withMessage("The order date range needs both ends");
		assertThatIllegalArgumentException().isThrownBy(() -> DateRanges.check(null, DAY, "order date range"))
			.withMessage("The order date range needs both ends");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DateRanges.check(DAY, DAY.minusDays(1), "first-published date range"))
			.withMessage("The first-published date range ends (2025-03-31) before it starts (2025-04-01)");
	}

}
