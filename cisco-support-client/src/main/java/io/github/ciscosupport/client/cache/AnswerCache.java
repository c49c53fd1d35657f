package io.github.ciscosupport.client.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Where the typed clients keep the answers of single inputs, such as the EoX records of one
 * serial number; in a Spring Boot application, the starter adapts the application's
 * {@code CacheManager} to it, so Caffeine, Redis or any other cache can hold them.
 * <p>
 * Keys and answers are plain strings: the key names the API's operation and the input
 * ({@code EOXBySerialNumber|FOC0000000X}), the answer is a JSON document that carries its own
 * expiry, so any store that can keep a string works, across processes too. The client checks the
 * expiry on every read with its own clock; the time to live passed to {@link #put} only lets a
 * store drop entries that can no longer be used.
 * <p>
 * Implementations are called on a thread that may block. They must be thread-safe; an exception
 * they throw is logged and counts as a miss (on {@link #get}) or is ignored (on {@link #put}), so
 * an unreachable store never fails a lookup.
 */
public interface AnswerCache {

	/**
	 * The answer stored under a key.
	 * @param api the API, as its client package is named ({@code eox}, {@code coverage}...)
	 * @param key the operation and the input
	 * @return the stored answer, or {@code null} if there is none
	 */
	@Nullable String get(String api, String key);

	/**
	 * Stores an answer.
	 * @param api the API, as its client package is named
	 * @param key the operation and the input
	 * @param answer the answer, a JSON document
	 * @param timeToLive how long the answer can be used; the store may drop it after that
	 */
	void put(String api, String key, String answer, Duration timeToLive);

	/**
	 * A cache in a map of this process, without a size limit or eviction: for tests, benchmarks
	 * and short jobs. Applications rather use a bounded cache, such as the starter's on Spring's
	 * {@code CacheManager} with Caffeine.
	 * @return a new, empty cache
	 */
	static AnswerCache inMemory() {
		Map<String, String> answers = new ConcurrentHashMap<>();
		return new AnswerCache() {

			@Override
			public @Nullable String get(String api, String key) {
				return answers.get(api + "/" + key);
			}

			@Override
			public void put(String api, String key, String answer, Duration timeToLive) {
				answers.put(api + "/" + key, answer);
			}

		};
	}

}
