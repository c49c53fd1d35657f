package io.github.ciscosupport.autoconfigure.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.ciscosupport.client.transport.QuotaExhaustion;
import io.github.ciscosupport.client.transport.QuotaState;

/**
 * The daily-quota state in Redis, one key per Cisco client id
 * ({@code cisco-support:quota-exhausted:<client id>}) holding when the quota was reported used up
 * and when it resets, as epoch milliseconds, and expiring at the reset. The client asks it before
 * each call its own memory does not already refuse, and treats an error or a slow answer as "not
 * exhausted".
 */
final class RedisQuotaState implements QuotaState {

	static final String KEY_PREFIX = "cisco-support:quota-exhausted:";

	private final ReactiveStringRedisTemplate redis;

	private final String key;

	private final Clock clock;

	RedisQuotaState(ReactiveStringRedisTemplate redis, String clientId, Clock clock) {
		this.redis = redis;
		this.key = KEY_PREFIX + clientId;
		this.clock = clock;
	}

	@Override
	public Mono<QuotaExhaustion> current() {
		return this.redis.opsForValue().get(this.key).mapNotNull(RedisQuotaState::parse);
	}

	@Override
	public Mono<Void> exhausted(QuotaExhaustion exhaustion) {
		Duration timeToLive = Duration.between(this.clock.instant(), exhaustion.resetsAt());
		if (timeToLive.isNegative() || timeToLive.isZero()) {
			return Mono.empty();
		}
		String value = exhaustion.exhaustedAt().toEpochMilli() + "|" + exhaustion.resetsAt().toEpochMilli();
		return this.redis.opsForValue().set(this.key, value, timeToLive).then();
	}

	private static @Nullable QuotaExhaustion parse(String value) {
		int separator = value.indexOf('|');
		if (separator < 0) {
			return null;
		}
		try {
			return new QuotaExhaustion(Instant.ofEpochMilli(Long.parseLong(value.substring(0, separator))),
					Instant.ofEpochMilli(Long.parseLong(value.substring(separator + 1))));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
