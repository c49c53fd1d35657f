package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.client.retry.Backoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Defaults and validation of the option records.
 */
class TransportOptionsTests {

	@Test
	void rateLimitDefaults() {
		RateLimitOptions options = RateLimitOptions.defaults();
		assertThat(options.enabled()).isTrue();
		assertThat(options.requestsPerSecond()).isEqualTo(5);
		assertThat(options.burst()).isEqualTo(1);
		assertThat(options.perApi()).containsOnlyKeys("psirt");
		assertThat(options.perApi().get("psirt").pathPrefix()).isEqualTo("/security/advisories/");
		assertThat(options.perApi().get("psirt").limits()).containsExactly(Bandwidth.of(5, Duration.ofSeconds(1)),
				Bandwidth.of(30, Duration.ofMinutes(1)));
		assertThat(options.globalIntervalNanos()).isEqualTo(202_000_000L);
	}

	@Test
	void rateLimitCopiesItsPoliciesAndAcceptsNone() {
		Map<String, ApiRateLimit> perApi = new HashMap<>(RateLimitOptions.DEFAULT_PER_API);
		RateLimitOptions options = new RateLimitOptions(true, 3, 1, perApi);
		perApi.clear();
		assertThat(options.perApi()).containsOnlyKeys("psirt");
		assertThat(new RateLimitOptions(true, 3, 1, null).perApi()).isEmpty();
	}

	@Test
	void rateLimitIntervalRoundsUp() {
		assertThat(new RateLimitOptions(true, 3, 1, null).globalIntervalNanos()).isEqualTo(336_666_667L);
		assertThat(new RateLimitOptions(true, 3, 1, null, 0).globalIntervalNanos()).isEqualTo(333_333_334L);
	}

	@Test
	void rateLimitRejectsInvalidValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitOptions(true, 0, 1, null))
			.withMessage("Rate limit requests-per-second must be positive and finite, but was 0.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitOptions(true, Double.NaN, 1, null))
			.withMessageContaining("requests-per-second");
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitOptions(true, 5, 0, null))
			.withMessage("Rate limit burst must be at least 1, but was 0");
		Map<String, ApiRateLimit> nullPolicy = new HashMap<>();
		nullPolicy.put("eox", null);
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitOptions(true, 5, 1, nullPolicy))
			.withMessage("Rate limit for API 'eox' is null");
	}

	@Test
	void adaptiveRateIsOffByDefaultAndKeepsTheOtherOptions() {
		assertThat(RateLimitOptions.defaults().adaptive().enabled()).isFalse();
		RateLimitOptions adaptive = RateLimitOptions.defaults().withAdaptive(RateLimitOptions.Adaptive.defaults());
		assertThat(adaptive.adaptive()).isEqualTo(new RateLimitOptions.Adaptive(true, 0.5, 100, 0.7, 0.02));
		assertThat(adaptive.withAdaptive(RateLimitOptions.Adaptive.DISABLED)).isEqualTo(RateLimitOptions.defaults());
	}

	@Test
	void adaptiveRateRejectsInvalidValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitOptions.Adaptive(true, 0, 100, 0.7, 0.02))
			.withMessage("adaptive.min-requests-per-second must be positive, but was 0.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitOptions.Adaptive(true, 2, 1, 0.7, 0.02))
			.withMessage("adaptive.max-requests-per-second must be between adaptive.min-requests-per-second (2.0) "
					+ "and 1e9, but was 1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitOptions.Adaptive(true, 0.5, 100, 1, 0.02))
			.withMessage("adaptive.cut-factor must be above 0 and below 1, but was 1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitOptions.Adaptive(true, 0.5, 100, 0.7, 0))
			.withMessage("adaptive.cubic-scale must be positive, but was 0.0");
		// The starting rate must lie within the bounds, but only when the rate adapts.
		RateLimitOptions.Adaptive upToFour = new RateLimitOptions.Adaptive(true, 0.5, 4, 0.7, 0.02);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RateLimitOptions.defaults().withAdaptive(upToFour))
			.withMessage("requests-per-second must be between adaptive.min-requests-per-second (0.5) and "
					+ "adaptive.max-requests-per-second (4.0) when the adaptive rate is enabled, but was 5.0");
		assertThat(RateLimitOptions.defaults()
			.withAdaptive(new RateLimitOptions.Adaptive(false, 0.5, 4, 0.7, 0.02))
			.requestsPerSecond()).isEqualTo(5);
	}

	@Test
	void apiRateLimitRejectsInvalidValues() {
		List<Bandwidth> limits = List.of(Bandwidth.of(1, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiRateLimit("security/", limits))
			.withMessage("API rate limit path prefix must start with '/', but was 'security/'");
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiRateLimit("", limits))
			.withMessage("API rate limit path prefix must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiRateLimit("/bug/", List.of()))
			.withMessage("API rate limit for '/bug/' needs at least one bandwidth");
	}

	@Test
	void bandwidthRejectsInvalidValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> Bandwidth.of(0, Duration.ofSeconds(1)))
			.withMessage("Bandwidth capacity must be between 1 and 100000, but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> Bandwidth.of(100_001, Duration.ofDays(1)))
			.withMessageContaining("but was 100001");
		assertThatIllegalArgumentException().isThrownBy(() -> Bandwidth.of(1, Duration.ZERO))
			.withMessage("Bandwidth period must be positive, but was PT0S");
	}

	@Test
	void retryDefaults() {
		assertThat(RetryOptions.defaults()).isEqualTo(new RetryOptions(5,
				new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5), Duration.ofMinutes(2)));
		assertThat(RetryOptions.disabled().maxAttempts()).isEqualTo(1);
	}

	@Test
	void retryRejectsInvalidValues() {
		Duration second = Duration.ofSeconds(1);
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryOptions(0, second, second, second, 0))
			.withMessage("max-attempts must be at least 1, but was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryOptions(3, second.negated(), second, second, 0))
			.withMessage("backoff.initial must not be negative, but was PT-1S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryOptions(3, Duration.ofSeconds(2), second, second, 0))
			.withMessage("backoff.max must not be shorter than backoff.initial (PT2S), but was PT1S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryOptions(3, second, second, second.negated(), 0))
			.withMessage("max-total-wait must not be negative, but was PT-1S");
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryOptions(3, second, second, second, 1.5))
			.withMessage("backoff.jitter must be between 0 and 1, but was 1.5");
	}

}
