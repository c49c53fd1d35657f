package io.github.ciscosupport.autoconfigure.cache;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheManager;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.autoconfigure.CiscoSupportProperties;
import io.github.ciscosupport.autoconfigure.InvalidCiscoSupportPropertiesException;
import io.github.ciscosupport.autoconfigure.InvalidCiscoSupportPropertiesException.Problem;
import io.github.ciscosupport.client.cache.AnswerCaching;

/**
 * Cached answers ({@code cisco.support.cache.enabled=true}): the client keeps each input's answer
 * in the application's {@link CacheManager}, one cache per API, so Caffeine keeps them in the
 * process and Redis shares them between replicas. With Spring Boot's Redis cache manager, each
 * API's cache also gets its time to live as the Redis entry TTL, so Redis drops what can no
 * longer be used. Enabled without a {@code CacheManager}, the application fails to start with a
 * report naming the property.
 */
@AutoConfiguration(before = CiscoSupportAutoConfiguration.class,
		afterName = "org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration")
@ConditionalOnClass({ CacheManager.class, AnswerCaching.class })
@ConditionalOnBooleanProperty("cisco.support.cache.enabled")
@EnableConfigurationProperties(CiscoSupportProperties.class)
public final class CiscoSupportCacheAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AnswerCaching ciscoSupportAnswerCaching(ObjectProvider<CacheManager> cacheManager,
			CiscoSupportProperties properties) {
		CacheManager manager = cacheManager.getIfUnique();
		if (manager == null) {
			throw new InvalidCiscoSupportPropertiesException(List.of(new Problem(
					"cisco.support.cache.enabled", "is true, but the application has no (single) CacheManager bean",
					"Add a cache provider with @EnableCaching (Caffeine, Redis...) or a CacheManager bean, or set "
							+ "cisco.support.cache.enabled=false")));
		}
		CiscoSupportProperties.Cache cache = properties.getCache();
		List<Problem> problems = new ArrayList<>();
		cache.getTimeToLive().forEach((api, timeToLive) -> {
			if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero()) {
				problems.add(new Problem("cisco.support.cache.time-to-live." + api, "must be positive, was " + timeToLive,
						"Set a positive duration such as 1d, or remove the entry not to cache " + api + " answers"));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidCiscoSupportPropertiesException(problems);
		}
		return new AnswerCaching(new SpringAnswerCache(manager, cache.getCacheNamePrefix()), cache.getTimeToLive());
	}

	/** The time to live of each API's cache as its Redis entry TTL. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ RedisCacheManager.class, RedisCacheManagerBuilderCustomizer.class })
	static final class RedisEntryTimeToLive {

		@Bean
		RedisCacheManagerBuilderCustomizer ciscoSupportRedisCacheTimeToLive(CiscoSupportProperties properties) {
			CiscoSupportProperties.Cache cache = properties.getCache();
			return (builder) -> cache.getTimeToLive()
				.forEach((api, timeToLive) -> builder.withCacheConfiguration(cache.getCacheNamePrefix() + api,
						builder.cacheDefaults().entryTtl(timeToLive)));
		}

	}

}
