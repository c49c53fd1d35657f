package io.github.ciscosupport.autoconfigure.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import io.github.ciscosupport.client.transport.QuotaExhaustion;
import io.github.ciscosupport.client.transport.QuotaState;

/**
 * The daily-quota state in Redis, one key per Cisco client id
 * ({@code cisco-support:quota-exhausted:<client id>}) holding when the quota was reported used up
 * and when it resets, as epoch milliseconds (and the daily budget when it was the application's
 * own budget that was used up), and expiring at the reset. The client asks it before each call its
 * own memory does not already refuse, and treats an error or a slow answer as "not exhausted".
 * <p>
 * With a daily budget, each request is counted with {@code INCR} on a key per client id and quota
 * day ({@code cisco-support:daily-requests:<client id>:<day end, epoch ms>}), which expires at the
 * day's end, set in the same script so that no count outlives its day.
 */
final class RedisQuotaState implements QuotaState {

	static final String KEY_PREFIX = "cisco-support:quota-exhausted:";

	static final String DAILY_REQUESTS_KEY_PREFIX = "cisco-support:daily-requests:";

	private static final RedisScript<Long> COUNT_REQUEST = RedisScript.of("""
			local count = redis.call('INCR', KEYS[1])
			if count == 1 then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end
			return count""", Long.class);

	private final ReactiveStringRedisTemplate redis;

	private final String key;

	private final String dailyRequestsKeyPrefix;

	private final Clock clock;

	RedisQuotaState(ReactiveStringRedisTemplate redis, String clientId, Clock clock) {
		this.redis = redis;
		this.key = KEY_PREFIX + clientId;
		this.dailyRequestsKeyPrefix = DAILY_REQUESTS_KEY_PREFIX + clientId + ":";
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
		if (exhaustion.dailyBudget() != null) {
			value += "|" + exhaustion.dailyBudget();
		}
		return this.redis.opsForValue().set(this.key, value, timeToLive).then();
	}

	@Override
	public Mono<Long> countRequest(Instant quotaDayEnd) {
		String dayEnd = String.valueOf(quotaDayEnd.toEpochMilli());
		return this.redis.execute(COUNT_REQUEST, List.of(this.dailyRequestsKeyPrefix + dayEnd), List.of(dayEnd))
			.next();
	}

	private static @Nullable QuotaExhaustion parse(String value) {
		String[] fields = value.split("\\|");
		if (fields.length < 2 || fields.length > 3) {
			return null;
		}
		try {
			return new QuotaExhaustion(Instant.ofEpochMilli(Long.parseLong(fields[0])),
					Instant.ofEpochMilli(Long.parseLong(fields[1])),
					(fields.length == 3) ? Integer.valueOf(fields[2]) : null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
