package io.github.ciscosupport.client.internal.transport;

import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.ciscosupport.client.internal.Durations;

/**
 * Whether to ask a state shared with other instances (the daily quota's, in Redis) that failed
 * lately. After a failure or a timeout it is left alone for the retry interval, so that an outage
 * costs one timeout per interval rather than one per call; meanwhile this process's own state
 * stands in. An outage is logged once, at WARN, and its end at INFO. Thread-safe.
 */
final class SharedStateGate {

	private static final Log logger = LogFactory.getLog(QuotaGuard.class);

	private final String what;

	private final Clock clock;

	private final Duration retryInterval;

	private boolean down;

	private long retryAt;

	/**
	 * @param what the state, as the log names it
	 * @param clock the clock the retry interval is measured with
	 * @param retryInterval how long the state is left alone after it failed
	 */
	SharedStateGate(String what, Clock clock, Duration retryInterval) {
		this.what = what;
		this.clock = clock;
		this.retryInterval = retryInterval;
	}

	/** Whether the state is to be asked now: it did not fail lately, or the interval has passed. */
	synchronized boolean isOpen() {
		return !this.down || this.clock.millis() - this.retryAt >= 0;
	}

	/** Whether the last time the state was asked, it failed. */
	synchronized boolean isDown() {
		return this.down;
	}

	/**
	 * The state failed or did not answer in time.
	 * @param failure what happened
	 * @param instead what this process does meanwhile, for the log
	 */
	synchronized void failed(Throwable failure, String instead) {
		this.retryAt = this.clock.millis() + this.retryInterval.toMillis();
		if (!this.down) {
			this.down = true;
			logger.warn("The shared " + this.what + " is unavailable (" + failure + "); " + instead
					+ " until it answers again, asking it again every " + Durations.seconds(this.retryInterval));
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("The shared " + this.what + " is still unavailable (" + failure + ")");
		}
	}

	/** The state answered. */
	synchronized void answered() {
		if (this.down) {
			this.down = false;
			logger.info("The shared " + this.what + " is available again");
		}
	}

}
