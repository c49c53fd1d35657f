package io.github.ciscosupport.autoconfigure.quota;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.client.transport.QuotaState;

/**
 * The daily-quota state in Redis with {@code cisco.support.rate-limit.store=redis}: when Cisco
 * answers {@code ERR_403_DEVELOPER_OVER_RATE} to any instance, every instance that uses the same
 * Cisco key fails fast until the quota resets, and their health shows it. Without it, each
 * instance remembers the exhausted quota on its own.
 */
@AutoConfiguration(before = CiscoSupportAutoConfiguration.class, after = DataRedisReactiveAutoConfiguration.class)
@ConditionalOnClass({ ReactiveStringRedisTemplate.class, QuotaState.class })
@ConditionalOnProperty(name = "cisco.support.rate-limit.store", havingValue = "redis")
@ConditionalOnBean(ReactiveRedisConnectionFactory.class)
public final class CiscoSupportSharedQuotaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	QuotaState ciscoSupportQuotaState(ReactiveRedisConnectionFactory connectionFactory,
			ObjectProvider<CiscoSupportConnectionDetails> connectionDetails) {
		// One state per Cisco key: instances with other credentials have a quota of their own.
		CiscoSupportConnectionDetails details = connectionDetails.getIfAvailable();
		String clientId = (details != null) ? String.valueOf(details.getClientId()) : "default";
		return new RedisQuotaState(new ReactiveStringRedisTemplate(connectionFactory), clientId, Clock.systemUTC());
	}

}
