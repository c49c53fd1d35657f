package io.github.ciscosupport.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.transport.QuotaExhaustion;

/**
 * Health of the application's access to the Cisco Support APIs.
 * <ul>
 * <li>UP when a valid access token is cached or can be obtained. A cached token is used as it
 * is, even when due for refresh, so health checks cause at most one token request per token
 * lifetime, and none while the application's own calls keep the token fresh.</li>
 * <li>DOWN when the token endpoint refuses or fails, with its error code (for example
 * {@code invalid_client}). The failure is reported for a while without asking the token endpoint
 * again.</li>
 * <li>OUT_OF_SERVICE from an {@code ERR_403_DEVELOPER_OVER_RATE} answer until the daily quota
 * resets: an answer to this instance or, with {@code cisco.support.rate-limit.store=redis}, to any
 * instance that uses the same Cisco key.</li>
 * </ul>
 * Details never include the token or the client secret.
 */
final class CiscoSupportHealthIndicator implements ReactiveHealthIndicator {

	private final CiscoSupportAuthorization authorization;

	private final CiscoSupportGatewayState gateway;

	private final Map<String, Object> configuration;

	private final Duration timeout;

	private final Duration failureTimeToLive;

	private final Clock clock;

	private final Supplier<Map<String, Object>> rateLimitState;

	private final Supplier<Mono<QuotaExhaustion>> knownQuotaExhaustion;

	private final AtomicReference<@Nullable Failure> lastFailure = new AtomicReference<>();

	/**
	 * @param configuration details that describe the setup (base URL, rate limit), shown with
	 * every status
	 */
	CiscoSupportHealthIndicator(CiscoSupportAuthorization authorization, CiscoSupportGatewayState gateway,
			Map<String, Object> configuration, Duration timeout, Duration failureTimeToLive, Clock clock) {
		this(authorization, gateway, configuration, Map::of, Mono::empty, timeout, failureTimeToLive, clock);
	}

	/**
	 * @param configuration details that describe the setup (base URL, rate limit), shown with
	 * every status
	 * @param rateLimitState what the rate limit knows now (the rates an adaptive rate learned, the
	 * state of a shared budget), added to the {@code rateLimit} details
	 * @param knownQuotaExhaustion the exhaustion of the daily quota the client knows of, in this
	 * process or shared by other instances
	 */
	CiscoSupportHealthIndicator(CiscoSupportAuthorization authorization, CiscoSupportGatewayState gateway,
			Map<String, Object> configuration, Supplier<Map<String, Object>> rateLimitState,
			Supplier<Mono<QuotaExhaustion>> knownQuotaExhaustion, Duration timeout, Duration failureTimeToLive,
			Clock clock) {
		this.authorization = authorization;
		this.gateway = gateway;
		this.configuration = Map.copyOf(configuration);
		this.rateLimitState = rateLimitState;
		this.knownQuotaExhaustion = knownQuotaExhaustion;
		this.timeout = timeout;
		this.failureTimeToLive = failureTimeToLive;
		this.clock = clock;
	}

	@Override
	public Mono<Health> health() {
		return Mono.defer(this.knownQuotaExhaustion)
			.onErrorResume((ex) -> Mono.empty())
			.map(this::quotaExhausted)
			.switchIfEmpty(Mono.defer(this::healthOfThisProcess));
	}

	private Health quotaExhausted(QuotaExhaustion exhaustion) {
		Health.Builder health = details(Health.outOfService());
		if (exhaustion.isDailyBudget()) {
			// The application's own budget, not Cisco's quota: say so, so nobody asks Cisco why.
			health.withDetail("error", "daily budget used up").withDetail("dailyBudget", exhaustion.dailyBudget());
		}
		else {
			health.withDetail("error", "ERR_403_DEVELOPER_OVER_RATE");
		}
		return health.withDetail("quotaExhaustedAt", exhaustion.exhaustedAt().toString())
			.withDetail("quotaResetsAt", exhaustion.resetsAt().toString())
			.build();
	}

	private Mono<Health> healthOfThisProcess() {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			Instant quotaExhaustedAt = this.gateway.quotaExhaustedAt(now);
			if (quotaExhaustedAt != null) {
				return Mono.just(quotaExhausted(
						new QuotaExhaustion(quotaExhaustedAt, this.gateway.quotaResetAfter(quotaExhaustedAt))));
			}
			OAuth2AccessToken cached = this.authorization.cachedAccessToken()
				.filter((token) -> isValid(token, now))
				.orElse(null);
			if (cached != null) {
				return Mono.just(up(cached));
			}
			Failure failure = this.lastFailure.get();
			if (failure != null && now.isBefore(failure.at().plus(this.failureTimeToLive))) {
				return Mono.just(down(failure));
			}
			return this.authorization.accessToken()
				.timeout(this.timeout)
				.map(this::up)
				.onErrorResume((ex) -> Mono.just(down(remember(ex, now))));
		});
	}

	private Health up(OAuth2AccessToken token) {
		this.lastFailure.set(null);
		Health.Builder health = details(Health.up());
		if (token.getExpiresAt() != null) {
			health.withDetail("tokenExpiresAt", token.getExpiresAt().toString());
		}
		return health.build();
	}

	private Failure remember(Throwable ex, Instant now) {
		Failure failure = new Failure(ex, now);
		this.lastFailure.set(failure);
		return failure;
	}

	private Health down(Failure failure) {
		Throwable ex = failure.exception();
		Health.Builder health = details(Health.down()).withDetail("tokenUri", this.authorization.tokenUri())
			.withDetail("error", errorCode(ex));
		int status = statusCode(ex);
		if (status > 0) {
			health.withDetail("httpStatus", status);
		}
		// The client's messages never carry the secret or a token (see CiscoSupportException).
		return health.withDetail("message", message(ex))
			.withDetail("failedAt", failure.at().toString())
			.withDetail("nextAttemptAfter", failure.at().plus(this.failureTimeToLive).toString())
			.build();
	}

	private Health.Builder details(Health.Builder health) {
		health.withDetails(this.configuration);
		Map<String, Object> state = this.rateLimitState.get();
		if (!state.isEmpty() && this.configuration.get("rateLimit") instanceof Map<?, ?> rateLimit) {
			Map<Object, Object> withState = new LinkedHashMap<>(rateLimit);
			withState.putAll(state);
			health.withDetail("rateLimit", withState);
		}
		Instant throttledAt = this.gateway.lastThrottledAt();
		if (throttledAt != null) {
			health.withDetail("lastThrottledAt", throttledAt.toString());
		}
		return health;
	}

	private static boolean isValid(OAuth2AccessToken token, Instant now) {
		return token.getExpiresAt() == null || now.isBefore(token.getExpiresAt());
	}

	private static String errorCode(Throwable ex) {
		if (ex instanceof TokenEndpointException token && token.getErrorCode() != null) {
			return token.getErrorCode();
		}
		if (ex instanceof CiscoSupportApiException api && api.getErrorCode() != null) {
			return api.getErrorCode();
		}
		return (ex instanceof TimeoutException) ? "timeout" : ex.getClass().getSimpleName();
	}

	private static int statusCode(Throwable ex) {
		if (ex instanceof TokenEndpointException token) {
			return token.getStatusCode();
		}
		return (ex instanceof CiscoSupportApiException api) ? api.getStatusCode() : 0;
	}

	private String message(Throwable ex) {
		if (ex instanceof TimeoutException) {
			return "No access token within " + this.timeout;
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
	}

	private record Failure(Throwable exception, Instant at) {
	}

}
