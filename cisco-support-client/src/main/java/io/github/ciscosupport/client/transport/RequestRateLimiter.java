package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * The client-side rate limit: a non-blocking token bucket for every request of the process, plus
 * optional per-API policies selected by URL path prefix (see {@link RateLimitOptions}). Create
 * one instance and hand it to every {@code WebClient} that calls Cisco, so that they all share
 * the same budget.
 * <p>
 * A caller that has to wait holds no thread: it is queued and completed by a single timer on the
 * given {@link Scheduler}, which is also the source of time (a {@code VirtualTimeScheduler} in
 * tests). Waiters are served in arrival order among those whose API policy allows them to go, so
 * a request held back by PSIRT's per-minute limit does not hold back calls to other APIs.
 * Cancelling a waiting caller gives its place back. Permits are taken when the request is
 * released, so every released request is within every limit.
 * <p>
 * With an {@linkplain RateLimitOptions.Adaptive adaptive rate}, each policy (and the lane of all
 * other paths, named {@value #DEFAULT_LANE}) has a token bucket of its own instead of the global
 * one, whose rate an {@link AdaptiveRate} learns from the replies that the rate-limit filter
 * reports; the policy's bandwidths stay hard ceilings.
 * <p>
 * With a {@link SharedRateBudget} (see {@link #create(RateLimitOptions, Scheduler, SharedRateBudget, Duration, Duration)}),
 * permits come from the budget shared by every instance with the same Cisco key: the global rate
 * and each policy's bandwidths become buckets of the budget (a bandwidth of {@code n} per
 * {@code period} as one permit every {@code period / n}, which keeps any window within {@code n}),
 * and an adaptive lane's learned rate is the refill rate of its shared bucket, published by the
 * instance that changed it (by a tenth, or by a cut) with a higher version, and adopted by the
 * others when their next permit shows it. When the budget fails or is slow, the
 * limiter paces with its local limits (one warning) and asks the budget again after a while.
 */
public final class RequestRateLimiter {

	/** The name of the lane of the paths that no per-API policy selects. */
	public static final String DEFAULT_LANE = "default";

	private static final Log logger = LogFactory.getLog(RequestRateLimiter.class);

	private static final Permit NO_WAIT = new Permit(Duration.ZERO, null, -1, 0);

	/** The name of the shared bucket of the global rate. */
	static final String GLOBAL_BUCKET = "global";

	/**
	 * The prefix of the shared bucket of an adaptive lane, which differs from the bucket of the
	 * same lane's fixed bandwidths: instances may switch the adaptive rate on while keys remain.
	 */
	static final String ADAPTIVE_BUCKET = "adaptive:";

	/** An adaptive rate is published when it moved this fraction away from the shared one. */
	private static final double PUBLISHED_CHANGE = 0.10;

	/**
	 * The low bits of an adaptive rate's version name the instance that published it, so that two
	 * instances publishing at once never publish the same version; the high bits count changes.
	 */
	private static final int INSTANCE_BITS = 16;

	/** The version of a shared bucket of fixed limits: whoever creates it, configures it. */
	private static final long FIXED_VERSION = 0;

	/** Marks a failed reservation, after which the caller is paced locally. */
	private static final SharedRateBudget.Reservation UNAVAILABLE = new SharedRateBudget.Reservation(
			Duration.ofNanos(-1), Map.of());

	private final double requestsPerSecond;

	private final boolean adaptive;

	private final Scheduler scheduler;

	private final boolean enabled;

	/** One lane per API policy, longest path prefix first, then the lane for all other paths. */
	private final List<Lane> lanes;

	private long arrivals;

	private final @Nullable SharedRateBudget shared;

	private final Duration sharedTimeout;

	private final long sharedRetryNanos;

	private final int burst;

	private final long globalIntervalNanos;

	private final double pacingMargin;

	/** Whether the shared budget failed last time it was asked. */
	private boolean sharedDown;

	/** When to ask the shared budget again after it failed. */
	private long sharedRetryAt;

	private long sharedFallbacks;

	/** This instance's mark in the versions of the adaptive rates it publishes. */
	private final long instanceMark = ThreadLocalRandom.current().nextLong(1L << INSTANCE_BITS);

	private @Nullable Disposable timer;

	private long timerAt = Long.MAX_VALUE;

	/** Identifies the armed timer, so that a superseded one that still runs does not disarm it. */
	private long timerGeneration;

	private RequestRateLimiter(RateLimitOptions options, Scheduler scheduler, @Nullable SharedRateBudget shared,
			Duration sharedTimeout, Duration sharedRetryInterval) {
		this.scheduler = scheduler;
		this.shared = shared;
		this.sharedTimeout = sharedTimeout;
		this.sharedRetryNanos = sharedRetryInterval.toNanos();
		this.burst = options.burst();
		this.globalIntervalNanos = options.globalIntervalNanos();
		this.pacingMargin = options.pacingMargin();
		this.enabled = options.enabled();
		this.requestsPerSecond = options.requestsPerSecond();
		this.adaptive = options.enabled() && options.adaptive().enabled();
		long now = now();
		TokenBucket global = new TokenBucket(options.globalIntervalNanos(), options.burst(), now);
		AdaptiveRate controller = new AdaptiveRate(options.adaptive(), options.pacingMargin(), shared == null);
		List<Lane> lanes = new ArrayList<>();
		options.perApi().forEach((name, policy) -> lanes.add(Lane.forApi(name, policy,
				this.adaptive ? adaptiveBucket(name, controller, options, now, shared == null) : global)));
		lanes.sort(Comparator.comparingInt((Lane lane) -> lane.pathPrefix.length()).reversed());
		lanes.add(new Lane(DEFAULT_LANE, "/",
				this.adaptive ? adaptiveBucket(DEFAULT_LANE, controller, options, now, shared == null) : global,
				List.of()));
		this.lanes = List.copyOf(lanes);
	}

	private static AdaptiveBucket adaptiveBucket(String name, AdaptiveRate controller, RateLimitOptions options,
			long now, boolean boundedBySent) {
		return new AdaptiveBucket(name, controller, options.requestsPerSecond(), options.burst(), now, boundedBySent);
	}

	/**
	 * Creates a rate limiter.
	 * @param options the limits
	 * @param scheduler where waiting callers are released, and the source of time
	 * @return a new rate limiter, with full buckets
	 */
	public static RequestRateLimiter create(RateLimitOptions options, Scheduler scheduler) {
		Assert.notNull(options, "RateLimitOptions must not be null");
		Assert.notNull(scheduler, "Scheduler must not be null");
		return new RequestRateLimiter(options, scheduler, null, Duration.ZERO, Duration.ZERO);
	}

	/**
	 * Creates a rate limiter that takes its permits from a budget shared with other instances, and
	 * paces with its local limits while that budget fails or is slow.
	 * @param options the limits
	 * @param scheduler where waiting callers are released, and the source of time
	 * @param shared the shared budget
	 * @param timeout how long a permit may take to come from the shared budget before the caller is
	 * paced locally instead
	 * @param retryInterval how long to pace locally after the shared budget failed before asking it
	 * again
	 * @return a new rate limiter
	 */
	public static RequestRateLimiter create(RateLimitOptions options, Scheduler scheduler, SharedRateBudget shared,
			Duration timeout, Duration retryInterval) {
		Assert.notNull(options, "RateLimitOptions must not be null");
		Assert.notNull(scheduler, "Scheduler must not be null");
		Assert.notNull(shared, "SharedRateBudget must not be null");
		Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
		Assert.isTrue(retryInterval != null && !retryInterval.isNegative(), "retryInterval must not be negative");
		return new RequestRateLimiter(options, scheduler, shared, timeout, retryInterval);
	}

	/**
	 * Waits for a permit to send one request.
	 * @param path the URL path of the request, which selects the per-API policy
	 * @return a {@code Mono} that emits how long the caller waited once it may send the request;
	 * cancelling it before then gives the place in the queue back
	 */
	public Mono<Duration> acquire(String path) {
		return permit(path).map(Permit::waited);
	}

	/**
	 * The filter that holds each request of a {@code WebClient} until this limiter gives it a
	 * permit and, with an adaptive rate, reports the gateway's reply back to it. A
	 * {@code CiscoSupportClient} puts it closest to the wire, after retries and the bearer token,
	 * so that every physical request takes a permit.
	 * @param events notified when a request had to wait
	 * @return the filter
	 */
	public ExchangeFilterFunction filter(TransportEvents events) {
		Assert.notNull(events, "TransportEvents must not be null");
		return new RateLimitFilter(this, events);
	}

	/**
	 * The {@code RestClient} form of {@link #filter}: an interceptor that waits for each request's
	 * permit on the caller's own thread and, with an adaptive rate, reports the reply back.
	 * @param events notified when a request had to wait
	 * @return the interceptor
	 */
	public ClientHttpRequestInterceptor interceptor(TransportEvents events) {
		Assert.notNull(events, "TransportEvents must not be null");
		return new RateLimitInterceptor(this, events);
	}

	/**
	 * Waits for a permit, which the caller hands back with {@link #replied} once the gateway has
	 * answered, so that an adaptive rate can learn from it.
	 */
	Mono<Permit> permit(String path) {
		if (!this.enabled) {
			return Mono.just(NO_WAIT);
		}
		Lane lane = laneFor(path);
		if (this.shared != null && sharedUsable()) {
			return sharedPermit(this.shared, lane);
		}
		return localPermit(lane);
	}

	private Mono<Permit> localPermit(Lane lane) {
		return Mono.create((sink) -> {
			List<Waiter> released;
			synchronized (this) {
				// The clock is read under the lock, so that the instants recorded by the limits
				// never go backwards.
				long now = now();
				Waiter waiter = new Waiter(sink, lane, now, this.arrivals++);
				lane.waiters.add(waiter);
				sink.onCancel(() -> cancel(waiter));
				released = drain(now);
			}
			release(released);
		});
	}

	/**
	 * Takes a permit of the shared budget and waits for its turn; falls back to the local limits
	 * when the budget fails or does not answer in time.
	 */
	private Mono<Permit> sharedPermit(SharedRateBudget shared, Lane lane) {
		return Mono.defer(() -> {
			long since = now();
			List<SharedRateBudget.Bucket> buckets = sharedBuckets(lane);
			return shared.reserve(buckets)
				.timeout(this.sharedTimeout, this.scheduler)
				.onErrorResume((ex) -> {
					sharedFailed(ex);
					return Mono.just(UNAVAILABLE);
				})
				.flatMap((reservation) -> (reservation == UNAVAILABLE) ? localPermit(lane)
						: sharedTurn(shared, lane, buckets, reservation, since));
		});
	}

	private Mono<Permit> sharedTurn(SharedRateBudget shared, Lane lane, List<SharedRateBudget.Bucket> buckets,
			SharedRateBudget.Reservation reservation, long since) {
		Duration wait;
		synchronized (this) {
			sharedAnswered();
			long now = now();
			wait = reservation.delay();
			if (lane.adaptive != null) {
				SharedRateBudget.Bucket stored = reservation.stored().get(ADAPTIVE_BUCKET + lane.name);
				if (stored != null && stored.version() > lane.sharedVersion) {
					lane.sharedVersion = stored.version();
					lane.sharedRate = rate(stored.refills().get(0).interval().toNanos());
					lane.adaptive.adopt(lane.sharedRate, now);
				}
				// A Retry-After pauses the lane here as in the local limiter (NEVER is Long.MIN_VALUE).
				long pausedUntil = lane.adaptive.state().pausedUntil();
				if (pausedUntil > now && pausedUntil - now > wait.toNanos()) {
					wait = Duration.ofNanos(pausedUntil - now);
				}
			}
		}
		Mono<Permit> granted = Mono.fromSupplier(() -> grantShared(lane, since));
		if (wait.isZero() || wait.isNegative()) {
			return granted;
		}
		// A caller cancelled while waiting for its turn gives the reserved permits back.
		return Mono.delay(wait, this.scheduler)
			.then(granted)
			.doOnCancel(() -> shared.giveBack(buckets).subscribe(null, (ex) -> {
			}));
	}

	/** Takes the lane's local permits too, so that a fallback goes on from where the budget was. */
	private synchronized Permit grantShared(Lane lane, long since) {
		long now = now();
		long number = lane.take(now);
		return new Permit(Duration.ofNanos(now - since), lane, number, now);
	}

	/**
	 * The buckets of the shared budget that a request of the lane takes a permit of: the global
	 * rate and the lane's bandwidths, or, with an adaptive rate, the lane's own bucket at the rate
	 * it learned, published with a new version when it moved away from the shared one.
	 */
	private synchronized List<SharedRateBudget.Bucket> sharedBuckets(Lane lane) {
		List<SharedRateBudget.Refill> ceilings = new ArrayList<>();
		for (Bandwidth bandwidth : lane.bandwidths) {
			// One permit every period / capacity keeps every window of the period within its capacity.
			long interval = (long) Math.ceil(bandwidth.period().toNanos() * (1 + this.pacingMargin) / bandwidth.capacity());
			ceilings.add(new SharedRateBudget.Refill(1, Duration.ofNanos(interval)));
		}
		if (lane.adaptive == null) {
			SharedRateBudget.Bucket global = new SharedRateBudget.Bucket(GLOBAL_BUCKET,
					List.of(new SharedRateBudget.Refill(this.burst, Duration.ofNanos(this.globalIntervalNanos))),
					FIXED_VERSION);
			return ceilings.isEmpty() ? List.of(global)
					: List.of(global, new SharedRateBudget.Bucket(lane.name, ceilings, FIXED_VERSION));
		}
		long now = now();
		long interval = lane.adaptive.intervalNanos(now);
		double rate = rate(interval);
		if (Double.isNaN(lane.sharedRate)) {
			lane.sharedRate = rate;
		}
		else if (lane.cutSincePublished || Math.abs(rate - lane.sharedRate) >= PUBLISHED_CHANGE * lane.sharedRate) {
			// A cut counts two changes, so that it wins over a change published at the same time by
			// an instance that had not seen it.
			long changes = (lane.sharedVersion >>> INSTANCE_BITS) + (lane.cutSincePublished ? 2 : 1);
			lane.sharedVersion = (changes << INSTANCE_BITS) | this.instanceMark;
			lane.sharedRate = rate;
			lane.cutSincePublished = false;
		}
		List<SharedRateBudget.Refill> refills = new ArrayList<>();
		refills.add(new SharedRateBudget.Refill(this.burst, Duration.ofNanos(interval)));
		refills.addAll(ceilings);
		return List.of(new SharedRateBudget.Bucket(ADAPTIVE_BUCKET + lane.name, refills, lane.sharedVersion));
	}

	/** The rate of permits spaced {@code intervalNanos} apart, without the pacing margin. */
	private double rate(long intervalNanos) {
		return 1e9 * (1 + this.pacingMargin) / intervalNanos;
	}

	private synchronized boolean sharedUsable() {
		return !this.sharedDown || now() - this.sharedRetryAt >= 0;
	}

	private synchronized void sharedFailed(Throwable ex) {
		this.sharedFallbacks++;
		this.sharedRetryAt = now() + this.sharedRetryNanos;
		if (!this.sharedDown) {
			this.sharedDown = true;
			logger.warn("Shared rate budget unavailable (" + ex + "); pacing calls with this instance's local limit "
					+ "until it answers again");
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Shared rate budget failed", ex);
		}
	}

	/** Runs under the lock. */
	private void sharedAnswered() {
		if (this.sharedDown) {
			this.sharedDown = false;
			logger.info("Shared rate budget available again; calls take their permits from it");
		}
	}

	/**
	 * Whether this limiter takes its permits from a {@link SharedRateBudget}.
	 */
	public boolean isShared() {
		return this.shared != null;
	}

	/**
	 * Whether the shared budget answered last time it was asked (true when there is none, or it
	 * was not asked yet); while it does not, calls are paced with the local limits.
	 */
	public synchronized boolean isSharedBudgetAvailable() {
		return !this.sharedDown;
	}

	/**
	 * How many calls were paced with the local limits because the shared budget failed or was slow.
	 */
	public synchronized long sharedBudgetFallbacks() {
		return this.sharedFallbacks;
	}

	/**
	 * Reports the gateway's answer to a request sent with {@code permit}: with an adaptive rate,
	 * the policy's rate learns from it, and a {@code Retry-After} pauses the policy.
	 * @param permit the permit the request was sent with
	 * @param throttled whether the gateway refused it for too many requests per second
	 * @param retryAfter the wait the reply asked for, or null
	 */
	void replied(Permit permit, boolean throttled, @Nullable Duration retryAfter) {
		Lane lane = permit.lane;
		if (lane == null || lane.adaptive == null) {
			return;
		}
		List<Waiter> released;
		synchronized (this) {
			long now = now();
			if (throttled) {
				double before = lane.adaptive.rate(now);
				lane.adaptive.throttled(permit.number, permit.sentAt, retryAfter, now);
				// A cut is published to the shared budget even when it is smaller than a published change.
				lane.cutSincePublished |= lane.adaptive.state().rate() < before;
			}
			else {
				lane.adaptive.accepted(permit.number, now);
			}
			released = drain(now);
		}
		release(released);
	}

	/** Whether requests are limited at all; a disabled limiter lets every request go at once. */
	public boolean isEnabled() {
		return this.enabled;
	}

	/** Whether the rate adapts to the gateway's throttling replies. */
	public boolean isAdaptive() {
		return this.adaptive;
	}

	/**
	 * The rate each lane allows now, in requests per second, by name: {@value #DEFAULT_LANE}
	 * first, then the per-API policies by name. Without an adaptive rate, every lane shares the
	 * global limit's rate; with one, each has the rate it learned so far. Empty when the limiter is
	 * disabled.
	 */
	public synchronized Map<String, Double> currentRates() {
		if (!this.enabled) {
			return Map.of();
		}
		long now = now();
		Map<String, Double> byName = new TreeMap<>();
		for (Lane lane : this.lanes) {
			byName.put(lane.name, (lane.adaptive != null) ? lane.adaptive.rate(now) : this.requestsPerSecond);
		}
		Map<String, Double> rates = new LinkedHashMap<>();
		rates.put(DEFAULT_LANE, byName.remove(DEFAULT_LANE));
		rates.putAll(byName);
		return rates;
	}

	/**
	 * The rate the named lane allows now, in requests per second (see {@link #currentRates()}).
	 * @param lane {@value #DEFAULT_LANE} or the name of a per-API policy
	 * @return the rate, or NaN when there is no such lane or the limiter is disabled
	 */
	public double currentRate(String lane) {
		return currentRates().getOrDefault(lane, Double.NaN);
	}

	/** The learned state of the named lane's adaptive rate, for tests. */
	synchronized AdaptiveRate.@Nullable State adaptiveState(String lane) {
		for (Lane candidate : this.lanes) {
			if (candidate.name.equals(lane) && candidate.adaptive != null) {
				return candidate.adaptive.state();
			}
		}
		return null;
	}

	/** The limiter's clock, in milliseconds, to read {@code Retry-After} dates with. */
	long nowMillis() {
		return this.scheduler.now(TimeUnit.MILLISECONDS);
	}

	private Lane laneFor(String path) {
		for (Lane lane : this.lanes) {
			if (path.startsWith(lane.pathPrefix)) {
				return lane;
			}
		}
		return this.lanes.get(this.lanes.size() - 1);
	}

	private synchronized void cancel(Waiter waiter) {
		// A released waiter is no longer queued: its permit was taken for a request that may
		// already be on the wire, so there is nothing to give back.
		waiter.lane.waiters.remove(waiter);
	}

	private void onTimer(long generation) {
		List<Waiter> released;
		synchronized (this) {
			long now = now();
			if (generation == this.timerGeneration) {
				// The timer goes off no earlier than the instant it was set for, though a wall clock in
				// milliseconds may read up to a millisecond earlier: waiting for the clock to catch up
				// would make every permit that much late, and the lateness would add up.
				now = Math.max(now, this.timerAt);
				this.timer = null;
				this.timerAt = Long.MAX_VALUE;
			}
			released = drain(now);
		}
		release(released);
	}

	/**
	 * Releases, oldest first, every queued waiter whose permits are available at {@code now}, then
	 * arms the timer for the earliest instant at which the next one can go. Runs under the lock.
	 */
	private List<Waiter> drain(long now) {
		List<Waiter> released = new ArrayList<>();
		Waiter next;
		while ((next = oldestReady(now)) != null) {
			next.lane.waiters.poll();
			next.number = next.lane.take(now);
			next.grantedAt = now;
			released.add(next);
		}
		long wakeUp = Long.MAX_VALUE;
		for (Lane lane : this.lanes) {
			if (!lane.waiters.isEmpty()) {
				wakeUp = Math.min(wakeUp, lane.readyAt(now));
			}
		}
		if (wakeUp < this.timerAt) {
			if (this.timer != null) {
				this.timer.dispose();
			}
			long generation = ++this.timerGeneration;
			this.timerAt = wakeUp;
			this.timer = this.scheduler.schedule(() -> onTimer(generation), wakeUp - now, TimeUnit.NANOSECONDS);
		}
		return released;
	}

	private @Nullable Waiter oldestReady(long now) {
		Waiter oldest = null;
		for (Lane lane : this.lanes) {
			Waiter head = lane.waiters.peek();
			if (head != null && lane.readyAt(now) <= now && (oldest == null || head.arrival < oldest.arrival)) {
				oldest = head;
			}
		}
		return oldest;
	}

	/** Completes the released callers outside the lock: their requests start from here. */
	private static void release(List<Waiter> released) {
		for (Waiter waiter : released) {
			waiter.sink.success(new Permit(Duration.ofNanos(waiter.grantedAt - waiter.since), waiter.lane,
					waiter.number, waiter.grantedAt));
		}
	}

	private long now() {
		return this.scheduler.now(TimeUnit.NANOSECONDS);
	}

	/** The queue of the callers subject to the same limits. */
	private static final class Lane {

		private final String name;

		private final String pathPrefix;

		private final List<Limit> limits;

		private final List<Bandwidth> bandwidths;

		/** The version of the shared rate this lane published or adopted last. */
		private long sharedVersion;

		/** The shared rate this lane published or adopted last, NaN before its first request. */
		private double sharedRate = Double.NaN;

		/** Whether a throttling reply cut the rate since it was last published. */
		private boolean cutSincePublished;

		/** The rate bucket when it is adaptive, also one of the limits. */
		private final @Nullable AdaptiveBucket adaptive;

		private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

		/**
		 * @param bucket the global token bucket, shared, or the lane's own adaptive bucket
		 * @param bandwidths the policy's hard ceilings
		 */
		private Lane(String name, String pathPrefix, Limit bucket, List<Bandwidth> bandwidths) {
			this.name = name;
			this.pathPrefix = pathPrefix;
			List<Limit> limits = new ArrayList<>();
			limits.add(bucket);
			bandwidths.forEach((bandwidth) -> limits.add(new SlidingWindow(bandwidth)));
			this.limits = List.copyOf(limits);
			this.bandwidths = List.copyOf(bandwidths);
			this.adaptive = (bucket instanceof AdaptiveBucket adaptiveBucket) ? adaptiveBucket : null;
		}

		static Lane forApi(String name, ApiRateLimit policy, Limit bucket) {
			return new Lane(name, policy.pathPrefix(), bucket, policy.limits());
		}

		long readyAt(long now) {
			long readyAt = Long.MIN_VALUE;
			for (Limit limit : this.limits) {
				readyAt = Math.max(readyAt, limit.readyAt(now));
			}
			return readyAt;
		}

		/** Takes a permit of every limit; returns the request's number in the adaptive bucket's log, or -1. */
		long take(long now) {
			for (Limit limit : this.limits) {
				limit.take(now);
			}
			return (this.adaptive != null) ? this.adaptive.lastTaken() : -1;
		}

	}

	/**
	 * A permit to send one request, handed back to {@link #replied} with the gateway's answer.
	 */
	static final class Permit {

		private final Duration waited;

		private final @Nullable Lane lane;

		private final long number;

		private final long sentAt;

		private Permit(Duration waited, @Nullable Lane lane, long number, long sentAt) {
			this.waited = waited;
			this.lane = lane;
			this.number = number;
			this.sentAt = sentAt;
		}

		/** How long the caller waited for it. */
		Duration waited() {
			return this.waited;
		}

		/** Whether the gateway's answer is wanted: the permit's lane has an adaptive rate. */
		boolean wantsReply() {
			return this.lane != null && this.lane.adaptive != null;
		}

	}

	/** A caller waiting for a permit. */
	private static final class Waiter {

		private final MonoSink<Permit> sink;

		private final Lane lane;

		private final long since;

		private final long arrival;

		private long grantedAt;

		private long number = -1;

		private Waiter(MonoSink<Permit> sink, Lane lane, long since, long arrival) {
			this.sink = sink;
			this.lane = lane;
			this.since = since;
			this.arrival = arrival;
		}

	}

}
