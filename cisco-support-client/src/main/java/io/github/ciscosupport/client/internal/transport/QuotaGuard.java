package io.github.ciscosupport.client.internal.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.ciscosupport.client.FailedCall;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.transport.QuotaExhaustion;
import io.github.ciscosupport.client.transport.QuotaState;

/**
 * Fails calls fast while the daily quota is known to be used up, and records it when Cisco says
 * so. The exhaustion lasts until the {@code Retry-After} of Cisco's reply when it has one,
 * otherwise until the next daily reset time. It is kept in this process and, when there is one,
 * in a shared {@link QuotaState}, which is asked before each call the local state does not already
 * refuse; a shared state that fails or is slow counts as "not exhausted".
 */
public final class QuotaGuard implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(QuotaGuard.class);

	private static final Duration SHARED_STATE_TIMEOUT = Duration.ofSeconds(1);

	private final AtomicReference<@Nullable QuotaExhaustion> local = new AtomicReference<>();

	private final @Nullable QuotaState shared;

	private final Clock clock;

	private final LocalTime resetTime;

	private final ZoneId resetZone;

	/**
	 * @param shared the state shared with other instances, or {@code null} for this process only
	 * @param clock the clock the exhaustion is measured with
	 * @param resetTime the time of day at which Cisco resets the quota
	 * @param resetZone its time zone
	 */
	public QuotaGuard(@Nullable QuotaState shared, Clock clock, LocalTime resetTime, ZoneId resetZone) {
		this.shared = shared;
		this.clock = Objects.requireNonNull(clock, "clock");
		this.resetTime = Objects.requireNonNull(resetTime, "resetTime");
		this.resetZone = Objects.requireNonNull(resetZone, "resetZone");
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (this.shared == null && !isInForce(this.local.get())) {
			// The common case, without a shared state to ask: nothing to wait for.
			return next.exchange(request);
		}
		return current()
			.flatMap((exhaustion) -> Mono.<ClientResponse>error(
					refusal(request.method().name(), request.url().getRawPath(), exhaustion)))
			.switchIfEmpty(Mono.defer(() -> next.exchange(request)));
	}

	private boolean isInForce(@Nullable QuotaExhaustion known) {
		return known != null && known.isInForceAt(this.clock.instant());
	}

	/**
	 * The same guard for a {@code RestClient}: it reads the state on the caller's thread.
	 * @return the interceptor
	 */
	ClientHttpRequestInterceptor interceptor() {
		return (request, body, execution) -> {
			QuotaExhaustion exhaustion = current().block();
			if (exhaustion != null) {
				throw refusal(request.getMethod().name(), request.getURI().getRawPath(), exhaustion);
			}
			return execution.execute(request, body);
		};
	}

	/**
	 * The exhaustion in force now, from this process or the shared state.
	 * @return the exhaustion, or empty if the quota is not known to be used up
	 */
	public Mono<QuotaExhaustion> current() {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			QuotaExhaustion known = this.local.get();
			if (known != null && known.isInForceAt(now)) {
				return Mono.just(known);
			}
			if (this.shared == null) {
				return Mono.empty();
			}
			return this.shared.current()
				.timeout(SHARED_STATE_TIMEOUT)
				.onErrorResume((ex) -> {
					logger.warn("Could not read the shared daily-quota state, assuming the quota is available: " + ex);
					return Mono.empty();
				})
				.filter((exhaustion) -> exhaustion.isInForceAt(this.clock.instant()))
				.doOnNext(this.local::set);
		});
	}

	/**
	 * Records that Cisco answered {@code ERR_403_DEVELOPER_OVER_RATE}.
	 * @param reply the reply, whose {@code Retry-After} is used when it has one
	 */
	void exhausted(ErrorReply reply) {
		Instant now = this.clock.instant();
		Duration retryAfter = reply.retryAfter(now.toEpochMilli());
		Instant resetsAt = (retryAfter != null && !retryAfter.isNegative()) ? now.plus(retryAfter) : nextReset(now);
		QuotaExhaustion exhaustion = new QuotaExhaustion(now, resetsAt);
		this.local.set(exhaustion);
		logger.warn("Cisco reports the daily quota used up; calls fail fast until " + resetsAt);
		if (this.shared != null) {
			this.shared.exhausted(exhaustion)
				.timeout(SHARED_STATE_TIMEOUT)
				.subscribe(null, (ex) -> logger.warn("Could not share the daily-quota state: " + ex));
		}
	}

	private Instant nextReset(Instant now) {
		ZonedDateTime at = now.atZone(this.resetZone);
		ZonedDateTime reset = at.with(this.resetTime);
		return (reset.isAfter(at) ? reset : reset.plusDays(1)).toInstant();
	}

	private static QuotaExceededException refusal(String method, String path, QuotaExhaustion exhaustion) {
		String call = method + " " + path;
		return new QuotaExceededException(0, ReplyKind.OVER_RATE,
				call + " not sent: the application's daily quota is used up (Cisco answered "
						+ ReplyKind.OVER_RATE + " at " + exhaustion.exhaustedAt() + ", to this or another instance); "
						+ "calls fail fast until " + exhaustion.resetsAt() + ".",
				new FailedCall(method, path, null, ""), null);
	}

}
