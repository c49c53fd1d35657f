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
import io.github.ciscosupport.client.internal.FailingStoreGate;
import io.github.ciscosupport.client.transport.QuotaExhaustion;
import io.github.ciscosupport.client.transport.QuotaState;

/**
 * Fails calls fast while the daily quota is known to be used up, and records it when Cisco says
 * so. The exhaustion lasts until the {@code Retry-After} of Cisco's reply when it has one,
 * otherwise until the next daily reset time. It is kept in this process and, when there is one,
 * in a shared {@link QuotaState}, which is asked before each call the local state does not already
 * refuse; a shared state that fails or is slow counts as "not exhausted", and is then left alone
 * for a retry interval ({@link FailingStoreGate}), so that an outage does not make every call wait.
 * <p>
 * With a daily budget it also counts every physical request in the quota day, in the shared
 * state when there is one (in this process when that fails or is slow), and refuses a request
 * beyond the budget, recording the exhaustion like Cisco's until the quota resets.
 */
public final class QuotaGuard implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(QuotaGuard.class);

	private static final Duration SHARED_STATE_TIMEOUT = Duration.ofSeconds(1);

	/** How long a shared state that failed is left alone, unless told otherwise. */
	public static final Duration DEFAULT_SHARED_RETRY_INTERVAL = Duration.ofSeconds(5);

	private static final String DAILY_BUDGET_PROPERTY = "cisco.support.rate-limit.daily-budget";

	private static final String SHARED_FALLBACK = "this process's own quota state and request count stand in";

	private final AtomicReference<@Nullable QuotaExhaustion> local = new AtomicReference<>();

	private final @Nullable QuotaState shared;

	private final FailingStoreGate sharedGate;

	private final Clock clock;

	private final LocalTime resetTime;

	private final ZoneId resetZone;

	private final @Nullable Integer dailyBudget;

	/** The requests this process sent in the quota day, counted even when they are also shared. */
	private final QuotaState localRequests = QuotaState.local();

	/**
	 * @param shared the state shared with other instances, or {@code null} for this process only
	 * @param clock the clock the exhaustion is measured with
	 * @param resetTime the time of day at which Cisco resets the quota
	 * @param resetZone its time zone
	 * @param dailyBudget the most requests sent per quota day, or {@code null} for no budget
	 * @param sharedRetryInterval how long the shared state is left alone after it failed or was
	 * slow, this process's state standing in
	 */
	public QuotaGuard(@Nullable QuotaState shared, Clock clock, LocalTime resetTime, ZoneId resetZone,
			@Nullable Integer dailyBudget, Duration sharedRetryInterval) {
		if (dailyBudget != null && dailyBudget < 1) {
			throw new IllegalArgumentException("dailyBudget must be at least 1, but was " + dailyBudget);
		}
		this.dailyBudget = dailyBudget;
		this.shared = shared;
		this.clock = Objects.requireNonNull(clock, "clock");
		this.resetTime = Objects.requireNonNull(resetTime, "resetTime");
		this.resetZone = Objects.requireNonNull(resetZone, "resetZone");
		this.sharedGate = new FailingStoreGate(logger, "The shared daily-quota state", clock,
				Objects.requireNonNull(sharedRetryInterval, "sharedRetryInterval"));
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

	/** Whether the quota state is shared with other instances. */
	public boolean isShared() {
		return this.shared != null;
	}

	/**
	 * Whether the shared quota state answered the last time it was asked (true when there is none,
	 * or it was not asked yet); while it does not, this process's own state and count stand in.
	 */
	public boolean isSharedStateAvailable() {
		return !this.sharedGate.isDown();
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
			if (this.shared == null || !this.sharedGate.isOpen()) {
				return Mono.empty();
			}
			return this.shared.current()
				.timeout(SHARED_STATE_TIMEOUT)
				.doOnSuccess((ignored) -> this.sharedGate.answered())
				.onErrorResume((ex) -> {
					this.sharedGate.failed(ex, SHARED_FALLBACK);
					return Mono.empty();
				})
				.filter((exhaustion) -> exhaustion.isInForceAt(this.clock.instant()))
				.doOnNext(this.local::set);
		});
	}

	/**
	 * The filter that counts each request against the daily budget right before it leaves, and
	 * refuses it when the budget is used up; {@code null} without a daily budget.
	 * @return the filter, or {@code null}
	 */
	@Nullable ExchangeFilterFunction dailyBudgetFilter() {
		if (this.dailyBudget == null) {
			return null;
		}
		return (request, next) -> countRequest(request.method().name(), request.url().getRawPath())
			.then(Mono.defer(() -> next.exchange(request)));
	}

	/**
	 * The same for a {@code RestClient}: it counts on the caller's thread.
	 * @return the interceptor, or {@code null}
	 */
	@Nullable ClientHttpRequestInterceptor dailyBudgetInterceptor() {
		if (this.dailyBudget == null) {
			return null;
		}
		return (request, body, execution) -> {
			countRequest(request.getMethod().name(), request.getURI().getRawPath()).block();
			return execution.execute(request, body);
		};
	}

	/**
	 * Counts a request in the current quota day, and fails it if that goes beyond the budget.
	 */
	private Mono<Void> countRequest(String method, String path) {
		int budget = Objects.requireNonNull(this.dailyBudget);
		return Mono.defer(() -> {
			Instant dayEnd = nextReset(this.clock.instant());
			return this.localRequests.countRequest(dayEnd)
				.flatMap((localCount) -> sharedCount(dayEnd, localCount))
				.flatMap((count) -> (count <= budget) ? Mono.empty()
						: Mono.error(budgetUsedUp(method, path, budget, dayEnd)));
		});
	}

	/**
	 * The count of every instance; this process's own when the shared state fails or is slow, so
	 * that Redis trouble neither fails nor holds the call.
	 */
	private Mono<Long> sharedCount(Instant dayEnd, long localCount) {
		if (this.shared == null || !this.sharedGate.isOpen()) {
			return Mono.just(localCount);
		}
		return this.shared.countRequest(dayEnd)
			.timeout(SHARED_STATE_TIMEOUT)
			.doOnSuccess((ignored) -> this.sharedGate.answered())
			.onErrorResume((ex) -> {
				this.sharedGate.failed(ex, SHARED_FALLBACK);
				return Mono.empty();
			})
			.defaultIfEmpty(localCount);
	}

	private QuotaExceededException budgetUsedUp(String method, String path, int budget, Instant dayEnd) {
		QuotaExhaustion exhaustion = new QuotaExhaustion(this.clock.instant(), dayEnd, budget);
		QuotaExhaustion known = this.local.get();
		if (known == null || !known.isInForceAt(exhaustion.exhaustedAt())) {
			logger.warn("The application's daily budget of " + budget + " requests is used up; calls fail fast until "
					+ dayEnd);
		}
		record(exhaustion);
		return refusal(method, path, exhaustion);
	}

	/**
	 * Records that Cisco answered {@code ERR_403_DEVELOPER_OVER_RATE}.
	 * @param reply the reply, whose {@code Retry-After} is used when it has one
	 */
	void exhausted(ErrorReply reply) {
		Instant now = this.clock.instant();
		Duration retryAfter = reply.retryAfter(now.toEpochMilli());
		Instant resetsAt = (retryAfter != null && !retryAfter.isNegative()) ? now.plus(retryAfter) : nextReset(now);
		logger.warn("Cisco reports the daily quota used up; calls fail fast until " + resetsAt);
		record(new QuotaExhaustion(now, resetsAt));
	}

	private void record(QuotaExhaustion exhaustion) {
		this.local.set(exhaustion);
		if (this.shared != null) {
			// Written even while the state seems down (once, not per call): if it answers, the other
			// instances learn it.
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
		if (exhaustion.isDailyBudget()) {
			return new QuotaExceededException(0, null, call + " not sent: the application's daily budget of "
					+ exhaustion.dailyBudget() + " requests (" + DAILY_BUDGET_PROPERTY
					+ ") is used up, by this or another instance; calls fail fast until " + exhaustion.resetsAt() + ".",
					new FailedCall(method, path, null, ""), null);
		}
		return new QuotaExceededException(0, ReplyKind.OVER_RATE,
				call + " not sent: the application's daily quota is used up (Cisco answered "
						+ ReplyKind.OVER_RATE + " at " + exhaustion.exhaustedAt() + ", to this or another instance); "
						+ "calls fail fast until " + exhaustion.resetsAt() + ".",
				new FailedCall(method, path, null, ""), null);
	}

}
