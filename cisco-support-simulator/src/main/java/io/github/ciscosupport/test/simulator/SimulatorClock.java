package io.github.ciscosupport.test.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's clock: a base clock plus an offset that tests advance, so that tokens expire and
 * rate-limit windows roll over without sleeping.
 * <pre class="code">
 * sim.clock().advance(Duration.ofHours(1)); // every token issued so far has now expired
 * </pre>
 *
 * @author cisco-support-spring
 */
public final class SimulatorClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/**
	 * Creates a clock on the system UTC clock.
	 */
	public SimulatorClock() {
		this(Clock.systemUTC());
	}

	/**
	 * Creates a clock on the given base clock, for example a {@link Clock#fixed fixed} one.
	 * @param base the base clock
	 */
	public SimulatorClock(Clock base) {
		this.base = base;
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far, not negative
	 * @return this clock
	 */
	public SimulatorClock advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The simulator clock only moves forward");
		}
		this.offset.accumulateAndGet(duration, Duration::plus);
		return this;
	}

	/**
	 * How far the clock has been advanced in total.
	 * @return the offset from the base clock
	 */
	public Duration offset() {
		return this.offset.get();
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * Returns a snapshot of this clock in another zone; later calls to {@link #advance} do not
	 * affect it.
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(this.base.withZone(zone), this.offset.get());
	}

}
