package io.github.ciscosupport.autoconfigure.cache;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import io.github.ciscosupport.client.cache.AnswerCache;

/**
 * The client's answer cache on the application's {@link CacheManager}: the answers of each API
 * go to the cache named by the prefix and the API ({@code cisco-support.eox}). Answers are
 * strings, so Caffeine, Redis (with its default JDK or a string serializer) and any other cache
 * can hold them. A cache manager that does not have the cache (one with fixed cache names) simply
 * caches nothing for that API.
 */
final class SpringAnswerCache implements AnswerCache {

	private final CacheManager cacheManager;

	private final String cacheNamePrefix;

	SpringAnswerCache(CacheManager cacheManager, String cacheNamePrefix) {
		this.cacheManager = cacheManager;
		this.cacheNamePrefix = cacheNamePrefix;
	}

	@Override
	public @Nullable String get(String api, String key) {
		Cache cache = this.cacheManager.getCache(this.cacheNamePrefix + api);
		return (cache != null) ? cache.get(key, String.class) : null;
	}

	@Override
	public void put(String api, String key, String answer, Duration timeToLive) {
		Cache cache = this.cacheManager.getCache(this.cacheNamePrefix + api);
		if (cache != null) {
			cache.put(key, answer);
		}
	}

}
