package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.List;

import org.springframework.util.Assert;

/**
 * The rate-limit policy of one Cisco API, applied on top of the global limit to every request
 * whose URL path starts with {@code pathPrefix}. A request must satisfy every bandwidth of the
 * policy, so PSIRT openVuln's documented "5 per second, 30 per minute" is two bandwidths.
 *
 * @param pathPrefix the URL path prefix that identifies the API, such as
 * {@code /security/advisories/}; starts with {@code /}
 * @param limits the bandwidths to honour, at least one
 */
public record ApiRateLimit(String pathPrefix, List<Bandwidth> limits) {

	/**
	 * PSIRT openVuln's documented per-application limits, without the daily quota of 5,000: 5
	 * requests per second and 30 per minute.
	 */
	public static final ApiRateLimit PSIRT = new ApiRateLimit("/security/advisories/",
			List.of(Bandwidth.of(5, Duration.ofSeconds(1)), Bandwidth.of(30, Duration.ofMinutes(1))));

	public ApiRateLimit {
		Assert.hasText(pathPrefix, "API rate limit path prefix must not be empty");
		Assert.isTrue(pathPrefix.startsWith("/"),
				() -> "API rate limit path prefix must start with '/', but was '" + pathPrefix + "'");
		Assert.notEmpty(limits, () -> "API rate limit for '" + pathPrefix + "' needs at least one bandwidth");
		Assert.noNullElements(limits, () -> "API rate limit for '" + pathPrefix + "' has a null bandwidth");
		limits = List.copyOf(limits);
	}

}
