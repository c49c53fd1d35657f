package io.github.ciscosupport.test.simulator;

/**
 * A Mashery-style rate limit: calls per second (over it: {@code ERR_403_DEVELOPER_OVER_QPS},
 * {@code Retry-After: 1}) and calls per minute or per day (over them:
 * {@code ERR_403_DEVELOPER_OVER_RATE}, {@code Retry-After} until the window ends). Windows are
 * fixed, aligned on the {@link SimulatorClock}, and rejected calls do not count. Immutable.
 * <pre class="code">
 * sim.faults().rateLimit(RateLimit.perSecond(5).andPerDay(5000));
 * sim.faults().rateLimit(Api.PSIRT, RateLimit.psirt());
 * </pre>
 *
 * @author cisco-support-spring
 */
public final class RateLimit {

	private final int perSecond;

	private final int perMinute;

	private final int perDay;

	private final int status;

	private RateLimit(int perSecond, int perMinute, int perDay, int status) {
		this.perSecond = perSecond;
		this.perMinute = perMinute;
		this.perDay = perDay;
		this.status = status;
	}

	/**
	 * A limit of calls per second.
	 * @param calls the calls allowed per second
	 * @return the limit
	 */
	public static RateLimit perSecond(int calls) {
		return new RateLimit(positive(calls), 0, 0, 0);
	}

	/**
	 * A limit of calls per minute.
	 * @param calls the calls allowed per minute
	 * @return the limit
	 */
	public static RateLimit perMinute(int calls) {
		return new RateLimit(0, positive(calls), 0, 0);
	}

	/**
	 * A limit of calls per day (UTC).
	 * @param calls the calls allowed per day
	 * @return the limit
	 */
	public static RateLimit perDay(int calls) {
		return new RateLimit(0, 0, positive(calls), 0);
	}

	/**
	 * PSIRT openVuln's documented limits: 5 calls per second, 30 per minute, 5000 per day, rejected
	 * with HTTP 429.
	 * @return the limit
	 */
	public static RateLimit psirt() {
		return new RateLimit(5, 30, 5000, 429);
	}

	/**
	 * Adds a per-second limit.
	 * @param calls the calls allowed per second
	 * @return a new limit
	 */
	public RateLimit andPerSecond(int calls) {
		return new RateLimit(positive(calls), this.perMinute, this.perDay, this.status);
	}

	/**
	 * Adds a per-minute limit.
	 * @param calls the calls allowed per minute
	 * @return a new limit
	 */
	public RateLimit andPerMinute(int calls) {
		return new RateLimit(this.perSecond, positive(calls), this.perDay, this.status);
	}

	/**
	 * Adds a per-day limit.
	 * @param calls the calls allowed per day
	 * @return a new limit
	 */
	public RateLimit andPerDay(int calls) {
		return new RateLimit(this.perSecond, this.perMinute, positive(calls), this.status);
	}

	/**
	 * Sets the HTTP status of rejections. By default PSIRT rejects with {@code 429} and the other
	 * APIs with {@code 403}, as Cisco does; the {@code X-Mashery-Error-Code} header is the same.
	 * @param status {@code 403} or {@code 429}
	 * @return a new limit
	 */
	public RateLimit rejectingWith(int status) {
		if (status != 403 && status != 429) {
			throw new IllegalArgumentException("Mashery rejects with 403 or 429, not " + status);
		}
		return new RateLimit(this.perSecond, this.perMinute, this.perDay, status);
	}

	/**
	 * Calls allowed per second.
	 * @return the limit, {@code 0} for none
	 */
	public int perSecondLimit() {
		return this.perSecond;
	}

	/**
	 * Calls allowed per minute.
	 * @return the limit, {@code 0} for none
	 */
	public int perMinuteLimit() {
		return this.perMinute;
	}

	/**
	 * Calls allowed per day.
	 * @return the limit, {@code 0} for none
	 */
	public int perDayLimit() {
		return this.perDay;
	}

	int statusFor(Api api) {
		if (this.status != 0) {
			return this.status;
		}
		return (api == Api.PSIRT) ? 429 : 403;
	}

	private static int positive(int calls) {
		if (calls < 1) {
			throw new IllegalArgumentException("A limit must allow at least one call");
		}
		return calls;
	}

	@Override
	public String toString() {
		return "RateLimit[perSecond=" + this.perSecond + ", perMinute=" + this.perMinute + ", perDay=" + this.perDay
				+ "]";
	}

}
