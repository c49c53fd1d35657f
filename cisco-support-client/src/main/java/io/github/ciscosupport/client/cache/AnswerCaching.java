package io.github.ciscosupport.client.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Which answers the typed clients cache, where and for how long. Only the lookups of single
 * inputs are cached (EoX by serial number, product ID or release, SN2INFO, Product Info, a PSIRT
 * advisory by ID, software suggestions by product ID or MDF ID), and of their answers only the values and
 * the {@code NOT_FOUND} errors: any other per-item error is asked again next time. An API
 * without a time to live is not cached; Case, RMA and ASD answers change as they are worked on
 * and have none by default, and Bug lookups are not cached.
 *
 * @param cache where the answers are kept
 * @param timeToLive how long an answer of each API stays usable, by API name ({@code eox},
 * {@code coverage}, {@code product}, {@code psirt}, {@code software})
 */
public record AnswerCaching(AnswerCache cache, Map<String, Duration> timeToLive) {

	/**
	 * The default times to live: EoX and Product Info answers change rarely (7 days); coverage,
	 * advisories and software suggestions daily (1 day).
	 */
	public static final Map<String, Duration> DEFAULT_TIME_TO_LIVE = defaults();

	public AnswerCaching {
		Objects.requireNonNull(cache, "cache must not be null");
		timeToLive = Map.copyOf(Objects.requireNonNull(timeToLive, "timeToLive must not be null"));
		timeToLive.forEach((api, ttl) -> {
			if (ttl.isNegative() || ttl.isZero()) {
				throw new IllegalArgumentException("The time to live of " + api + " must be positive, was " + ttl);
			}
		});
	}

	/**
	 * Caching in the given store with the {@linkplain #DEFAULT_TIME_TO_LIVE default times to live}.
	 * @param cache where the answers are kept
	 * @return the caching options
	 */
	public static AnswerCaching of(AnswerCache cache) {
		return new AnswerCaching(cache, DEFAULT_TIME_TO_LIVE);
	}

	/**
	 * How long an answer of an API stays usable.
	 * @param api the API name
	 * @return its time to live, or {@code null} if its answers are not cached
	 */
	public @Nullable Duration timeToLiveOf(String api) {
		return this.timeToLive.get(api);
	}

	private static Map<String, Duration> defaults() {
		Map<String, Duration> defaults = new LinkedHashMap<>();
		defaults.put("eox", Duration.ofDays(7));
		defaults.put("product", Duration.ofDays(7));
		defaults.put("coverage", Duration.ofDays(1));
		defaults.put("psirt", Duration.ofDays(1));
		defaults.put("software", Duration.ofDays(1));
		return Map.copyOf(defaults);
	}

}
