package io.github.ciscosupport.test.simulator;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Fixed-window counters per API, on the simulator clock.
 *
 * @author cisco-support-spring
 */
final class RateLimiter {

	private final Map<Api, Windows> windows = new EnumMap<>(Api.class);

	/**
	 * Counts a call if the limit allows it.
	 * @param api the API called
	 * @param limit the limit
	 * @param now the current time
	 * @return {@code null} when the call is allowed, else why it is rejected
	 */
	synchronized Rejection acquire(Api api, RateLimit limit, Instant now) {
		Windows counters = this.windows.computeIfAbsent(api, (key) -> new Windows());
		long second = now.getEpochSecond();
		counters.roll(second);
		if (limit.perDayLimit() > 0 && counters.day >= limit.perDayLimit()) {
			return new Rejection(false, 86_400 - Math.floorMod(second, 86_400));
		}
		if (limit.perMinuteLimit() > 0 && counters.minute >= limit.perMinuteLimit()) {
			return new Rejection(false, 60 - Math.floorMod(second, 60));
		}
		if (limit.perSecondLimit() > 0 && counters.second >= limit.perSecondLimit()) {
			return new Rejection(true, 1);
		}
		counters.second++;
		counters.minute++;
		counters.day++;
		return null;
	}

	synchronized void reset() {
		this.windows.clear();
	}

	synchronized void reset(Api api) {
		this.windows.remove(api);
	}

	/**
	 * Why a call is rejected.
	 *
	 * @param qps whether the per-second limit was hit (else the per-minute or per-day one)
	 * @param retryAfterSeconds seconds until the window resets
	 */
	record Rejection(boolean qps, long retryAfterSeconds) {

	}

	private static final class Windows {

		private long secondWindow = Long.MIN_VALUE;

		private long minuteWindow = Long.MIN_VALUE;

		private long dayWindow = Long.MIN_VALUE;

		private int second;

		private int minute;

		private int day;

		void roll(long epochSecond) {
			if (epochSecond != this.secondWindow) {
				this.secondWindow = epochSecond;
				this.second = 0;
			}
			long minuteNow = Math.floorDiv(epochSecond, 60);
			if (minuteNow != this.minuteWindow) {
				this.minuteWindow = minuteNow;
				this.minute = 0;
			}
			long dayNow = Math.floorDiv(epochSecond, 86_400);
			if (dayNow != this.dayWindow) {
				this.dayWindow = dayNow;
				this.day = 0;
			}
		}

	}

}
