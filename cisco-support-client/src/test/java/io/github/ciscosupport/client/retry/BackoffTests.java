package io.github.ciscosupport.client.retry;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ciscosupport.client.internal.RetryAfter;

/**
 * The one backoff of API and token retries, and the one reading of the waits servers ask for.
 */
class BackoffTests {

	@Test
	void doublesFromTheInitialWaitUpToTheMaximumThenSpreadsByTheJitter() {
		Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 0.5);
		assertThat(backoff.delay(1, () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.delay(5, () -> 0.5)).isEqualTo(Duration.ofSeconds(10));
		assertThat(backoff.delay(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(2));
		assertThat(backoff.delay(3, () -> 0.75)).isEqualTo(Duration.ofSeconds(5));
		assertThat(backoff.delay(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
	}

	@Test
	void hugeInitialWaitsAreCappedRatherThanOverflowing() {
		Backoff backoff = new Backoff(Duration.ofDays(365 * 100), Duration.ofDays(365 * 100), 0);
		assertThat(backoff.delay(40, () -> 0.5)).isEqualTo(Duration.ofDays(365 * 100));
	}

	@Test
	void invalidBackoffsNameTheirOption() {
		Duration second = Duration.ofSeconds(1);
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(second.negated(), second, 0))
			.withMessage("backoff.initial must not be negative, but was PT-1S");
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(second, Duration.ZERO, 0))
			.withMessage("backoff.max must not be shorter than backoff.initial (PT1S), but was PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(second, second, -0.1))
			.withMessage("backoff.jitter must be between 0 and 1, but was -0.1");
	}

	@Test
	void retryAfterInSecondsOrAsADateMeasuredFromTheReplysDate() {
		assertThat(RetryAfter.parse("30", null, 0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(RetryAfter.parse("Mon, 02 Mar 2026 10:16:00 GMT", "Mon, 02 Mar 2026 10:15:30 GMT", 0))
			.isEqualTo(Duration.ofSeconds(30));
		long now = java.time.Instant.parse("2026-03-02T10:15:50Z").toEpochMilli();
		assertThat(RetryAfter.parse("Mon, 02 Mar 2026 10:16:00 GMT", null, now)).isEqualTo(Duration.ofSeconds(10));
		assertThat(RetryAfter.parse("soon", null, 0)).isNull();
	}

	@Test
	void rateLimitResetIsAnEpochSecond() {
		String date = "Mon, 02 Mar 2026 10:15:30 GMT";
		long reset = java.time.Instant.parse("2026-03-02T10:16:00Z").getEpochSecond();
		assertThat(RetryAfter.untilReset(String.valueOf(reset), date, 0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(RetryAfter.untilReset(String.valueOf(reset), null, (reset - 5) * 1000)).isEqualTo(Duration.ofSeconds(5));
		assertThat(RetryAfter.untilReset(String.valueOf(reset - 60), date, 0)).isZero();
		assertThat(RetryAfter.untilReset("-1", date, 0)).isNull();
		assertThat(RetryAfter.untilReset(null, date, 0)).isNull();
	}

}
