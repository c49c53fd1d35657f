package io.github.ciscosupport.autoconfigure;

import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import io.github.ciscosupport.autoconfigure.redis.RedisSharedRateBudget;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.SharedRateBudget;

/**
 * The rate budget shared by every instance in Redis, when {@code cisco.support.rate-limit.store}
 * is {@code redis}: a {@link RedisSharedRateBudget} on the application's Lettuce connection
 * ({@code spring.data.redis.*}) and the {@code ciscoSupportRateLimiter} that takes its permits
 * from it. Without a Lettuce connection, {@link CiscoSupportAutoConfiguration}'s local limiter
 * refuses {@code store=redis} at startup, naming what to add.
 */
@AutoConfiguration(before = CiscoSupportAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass({ LettuceConnectionFactory.class, Bucket4jLettuce.class, RequestRateLimiter.class })
@ConditionalOnBooleanProperty(name = "cisco.support.enabled", matchIfMissing = true)
@ConditionalOnProperty(name = "cisco.support.rate-limit.store", havingValue = "redis")
@ConditionalOnBean(LettuceConnectionFactory.class)
@EnableConfigurationProperties(CiscoSupportProperties.class)
public final class CiscoSupportRedisRateLimitAutoConfiguration {

	private final CiscoSupportProperties properties;

	CiscoSupportRedisRateLimitAutoConfiguration(CiscoSupportProperties properties) {
		this.properties = properties;
	}

	@Bean
	@ConditionalOnMissingBean
	SharedRateBudget ciscoSupportSharedRateBudget(LettuceConnectionFactory connectionFactory,
			CiscoSupportConnectionDetails connectionDetails) {
		CiscoSupportPropertiesValidator.validateTransport(this.properties, connectionDetails);
		return new RedisSharedRateBudget(connectionFactory, this.properties.getRateLimit().getRedis().getKeyPrefix(),
				connectionDetails.getClientId());
	}

	@Bean
	@ConditionalOnMissingBean
	RequestRateLimiter ciscoSupportRateLimiter(SharedRateBudget sharedRateBudget,
			CiscoSupportConnectionDetails connectionDetails) {
		CiscoSupportPropertiesValidator.validateTransport(this.properties, connectionDetails);
		CiscoSupportProperties.RedisStore redis = this.properties.getRateLimit().getRedis();
		return RequestRateLimiter.create(CiscoSupportTransportOptions.rateLimit(this.properties.getRateLimit()),
				Schedulers.parallel(), sharedRateBudget, redis.getTimeout(), redis.getRetryInterval());
	}

}
