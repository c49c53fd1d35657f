package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

import org.springframework.util.Assert;

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
 */
public final class RequestRateLimiter {

	private static final Mono<Duration> NO_WAIT = Mono.just(Duration.ZERO);

	private final Scheduler scheduler;

	private final boolean enabled;

	/** One lane per API policy, longest path prefix first, then the lane for all other paths. */
	private final List<Lane> lanes;

	private long arrivals;

	private @Nullable Disposable timer;

	private long timerAt = Long.MAX_VALUE;

	/** Identifies the armed timer, so that a superseded one that still runs does not disarm it. */
	private long timerGeneration;

	private RequestRateLimiter(RateLimitOptions options, Scheduler scheduler) {
		this.scheduler = scheduler;
		this.enabled = options.enabled();
		long now = now();
		TokenBucket global = new TokenBucket(options.globalIntervalNanos(), options.burst(), now);
		List<Lane> lanes = new ArrayList<>();
		options.perApi().values().forEach((policy) -> lanes.add(Lane.forApi(policy, global)));
		lanes.sort(Comparator.comparingInt((Lane lane) -> lane.pathPrefix.length()).reversed());
		lanes.add(new Lane("/", List.of(global)));
		this.lanes = List.copyOf(lanes);
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
		return new RequestRateLimiter(options, scheduler);
	}

	/**
	 * Waits for a permit to send one request.
	 * @param path the URL path of the request, which selects the per-API policy
	 * @return a {@code Mono} that emits how long the caller waited once it may send the request;
	 * cancelling it before then gives the place in the queue back
	 */
	public Mono<Duration> acquire(String path) {
		if (!this.enabled) {
			return NO_WAIT;
		}
		Lane lane = laneFor(path);
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
			if (generation == this.timerGeneration) {
				// Disarmed even if the clock reads a little early (a wall clock in milliseconds):
				// the drain below re-arms it for whatever is still waiting.
				this.timer = null;
				this.timerAt = Long.MAX_VALUE;
			}
			released = drain(now());
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
			next.lane.take(now);
			next.grantedAt = now;
			released.add(next);
		}
		long wakeUp = Long.MAX_VALUE;
		for (Lane lane : this.lanes) {
			if (!lane.waiters.isEmpty()) {
				wakeUp = Math.min(wakeUp, lane.readyAt());
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
			if (head != null && lane.readyAt() <= now && (oldest == null || head.arrival < oldest.arrival)) {
				oldest = head;
			}
		}
		return oldest;
	}

	/** Completes the released callers outside the lock: their requests start from here. */
	private static void release(List<Waiter> released) {
		for (Waiter waiter : released) {
			waiter.sink.success(Duration.ofNanos(waiter.grantedAt - waiter.since));
		}
	}

	private long now() {
		return this.scheduler.now(TimeUnit.NANOSECONDS);
	}

	/** The queue of the callers subject to the same limits. */
	private static final class Lane {

		private final String pathPrefix;

		private final List<Limit> limits;

		private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

		private Lane(String pathPrefix, List<Limit> limits) {
			this.pathPrefix = pathPrefix;
			this.limits = limits;
		}

		static Lane forApi(ApiRateLimit policy, Limit global) {
			List<Limit> limits = new ArrayList<>();
			limits.add(global);
			policy.limits().forEach((bandwidth) -> limits.add(new SlidingWindow(bandwidth)));
			return new Lane(policy.pathPrefix(), List.copyOf(limits));
		}

		long readyAt() {
			long readyAt = Long.MIN_VALUE;
			for (Limit limit : this.limits) {
				readyAt = Math.max(readyAt, limit.readyAt());
			}
			return readyAt;
		}

		void take(long now) {
			for (Limit limit : this.limits) {
				limit.take(now);
			}
		}

	}

	/** A caller waiting for a permit. */
	private static final class Waiter {

		private final MonoSink<Duration> sink;

		private final Lane lane;

		private final long since;

		private final long arrival;

		private long grantedAt;

		private Waiter(MonoSink<Duration> sink, Lane lane, long since, long arrival) {
			this.sink = sink;
			this.lane = lane;
			this.since = since;
			this.arrival = arrival;
		}

	}

}
