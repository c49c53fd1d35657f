package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The token bucket of one API policy when the rate is adaptive: its interval comes from an
 * {@link AdaptiveRate}, which learns from the replies to the requests it let go. Kept, like
 * {@link TokenBucket}, as a theoretical arrival time; when the rate changes, the part of an
 * interval still to wait is rescaled to the new rate.
 */
final class AdaptiveBucket implements Limit {

	private static final Log logger = LogFactory.getLog(RequestRateLimiter.class);

	/** A change of the rate by this fraction since the last one logged is logged. */
	private static final double LOGGED_CHANGE = 0.10;

	private final String name;

	private final AdaptiveRate controller;

	private final int burst;

	/**
	 * Whether the rate is bounded by what this process sent; not when the bucket is shared with
	 * other instances, whose calls it does not see.
	 */
	private final boolean boundedBySent;

	private final SendLog log = new SendLog();

	private AdaptiveRate.State state;

	private long intervalNanos;

	private long theoreticalArrival;

	private double loggedRate;

	private long lastTaken = -1;

	/**
	 * @param name the policy's name, for logging
	 * @param controller how the rate adapts
	 * @param requestsPerSecond the starting rate
	 * @param burst how many permits can be spent at once after a quiet period
	 * @param nowNanos the limiter's clock
	 */
	AdaptiveBucket(String name, AdaptiveRate controller, double requestsPerSecond, int burst, long nowNanos) {
		this(name, controller, requestsPerSecond, burst, nowNanos, true);
	}

	/**
	 * @param boundedBySent whether the rate is bounded by what this process sent (false when the
	 * rate is shared with other instances)
	 */
	AdaptiveBucket(String name, AdaptiveRate controller, double requestsPerSecond, int burst, long nowNanos,
			boolean boundedBySent) {
		this.name = name;
		this.controller = controller;
		this.burst = burst;
		this.boundedBySent = boundedBySent;
		this.state = controller.initial(requestsPerSecond);
		this.intervalNanos = controller.intervalNanos(this.state);
		this.theoreticalArrival = nowNanos;
		this.loggedRate = this.state.rate();
	}

	@Override
	public long readyAt(long nowNanos) {
		update(nowNanos);
		return Math.max(this.theoreticalArrival - this.intervalNanos * (this.burst - 1), this.state.pausedUntil());
	}

	@Override
	public void take(long nowNanos) {
		long lastSentAt = this.log.lastSentAt();
		if (lastSentAt != AdaptiveRate.NEVER) {
			this.state = this.controller.idle(this.state,
					nowNanos - Math.max(lastSentAt + this.intervalNanos, this.state.pausedUntil()));
		}
		this.lastTaken = this.log.sent(nowNanos);
		update(nowNanos);
		this.theoreticalArrival = Math.max(this.theoreticalArrival, nowNanos) + this.intervalNanos;
	}

	/** The number the {@link SendLog} gave the last request taken. */
	long lastTaken() {
		return this.lastTaken;
	}

	/** The gateway accepted request {@code number}. */
	void accepted(long number, long nowNanos) {
		this.log.replied(number, false);
		update(nowNanos);
		long sentAt = this.log.sentAt(number);
		if (sentAt != AdaptiveRate.NEVER) {
			this.state = this.controller.accepted(this.state, sentAt);
		}
	}

	/**
	 * The gateway refused request {@code number}, sent at {@code sentAt}, for too many requests per
	 * second.
	 * @param retryAfter the wait the reply asked for, or null
	 */
	void throttled(long number, long sentAt, @Nullable Duration retryAfter, long nowNanos) {
		this.log.replied(number, true);
		update(nowNanos);
		AdaptiveRate.State before = this.state;
		AdaptiveRate.Refusal refusal = new AdaptiveRate.Refusal(sentAt, this.log.acceptedUpTo(sentAt),
				this.log.acceptedAfter(before.refusedAt()), retryAfter);
		this.state = this.controller.throttled(before, nowNanos, refusal);
		rescale(nowNanos);
		if (logger.isDebugEnabled() && !this.state.equals(before)) {
			logger.debug(String.format(Locale.ROOT,
					"Rate limit '%s': throttled (request sent %.3f s ago%s); rate %.2f -> %.2f/s, last good maximum %.2f/s, "
							+ "paused for %.3f s",
					this.name, (nowNanos - sentAt) / 1e9,
					(retryAfter != null) ? ", Retry-After " + retryAfter.toMillis() / 1000.0 + " s" : "",
					before.rate(), this.state.rate(), this.state.ceiling(),
					Math.max(0, this.state.pausedUntil() - nowNanos) / 1e9));
			this.loggedRate = this.state.rate();
		}
	}

	/** The rate allowed at {@code nowNanos}, requests per second, without changing the state. */
	double rate(long nowNanos) {
		if (this.state.startedAt() == AdaptiveRate.NEVER) {
			return this.state.rate();
		}
		return this.controller.at(this.state, nowNanos, sentPerSecond(nowNanos)).rate();
	}

	/** The interval between two permits at the rate allowed at {@code nowNanos}. */
	long intervalNanos(long nowNanos) {
		update(nowNanos);
		return this.intervalNanos;
	}

	/** Another instance sharing the budget learned {@code rate}: continue from it. */
	void adopt(double rate, long nowNanos) {
		update(nowNanos);
		this.state = this.controller.adopt(this.state, rate, nowNanos);
		rescale(nowNanos);
		if (logger.isDebugEnabled()) {
			logger.debug(String.format(Locale.ROOT, "Rate limit '%s': %.2f requests/s, learned by another instance",
					this.name, this.state.rate()));
		}
		this.loggedRate = this.state.rate();
	}

	/** The learned state, for tests. */
	AdaptiveRate.State state() {
		return this.state;
	}

	private void update(long nowNanos) {
		this.state = this.controller.at(this.state, nowNanos, sentPerSecond(nowNanos));
		rescale(nowNanos);
		double rate = this.state.rate();
		if (Math.abs(rate - this.loggedRate) >= LOGGED_CHANGE * this.loggedRate) {
			if (logger.isDebugEnabled()) {
				logger.debug(String.format(Locale.ROOT, "Rate limit '%s': %.2f -> %.2f requests/s%s", this.name,
						this.loggedRate, rate, this.state.slowStart() ? " (slow start)"
								: String.format(Locale.ROOT, " (last good maximum %.2f/s)", this.state.ceiling())));
			}
			this.loggedRate = rate;
		}
	}

	private double sentPerSecond(long nowNanos) {
		return this.boundedBySent ? this.log.sentPerSecond(nowNanos) : Double.POSITIVE_INFINITY;
	}

	/** Rescales what is left of the current interval to the new rate. */
	private void rescale(long nowNanos) {
		long interval = this.controller.intervalNanos(this.state);
		if (interval != this.intervalNanos && this.theoreticalArrival > nowNanos) {
			double left = (this.theoreticalArrival - nowNanos) / (double) this.intervalNanos;
			this.theoreticalArrival = nowNanos + (long) Math.ceil(left * interval);
		}
		this.intervalNanos = interval;
	}

}
