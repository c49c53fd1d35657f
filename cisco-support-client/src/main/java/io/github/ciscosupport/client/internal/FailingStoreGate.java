package io.github.ciscosupport.client.internal;

import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;

/**
 * Whether to ask a store that failed lately: the daily-quota state shared in Redis, or the cache
 * of answers. After a failure or a timeout it is left alone for the retry interval, so that an
 * outage costs one failure (or one wait) per interval rather than one per call or per input;
 * meanwhile the caller does without it. An outage is logged once, at WARN, and its end at INFO.
 * Thread-safe.
 */
public final class FailingStoreGate {

	private final Log logger;

	private final String what;

	private final Clock clock;

	private final Duration retryInterval;

	private boolean down;

	private long retryAt;

	/**
	 * @param logger where the outage is logged
	 * @param what the store, as the log names it at the start of a sentence
	 * @param clock the clock the retry interval is measured with
	 * @param retryInterval how long the store is left alone after it failed
	 */
	public FailingStoreGate(Log logger, String what, Clock clock, Duration retryInterval) {
		this.logger = logger;
		this.what = what;
		this.clock = clock;
		this.retryInterval = retryInterval;
	}

	/** Whether the store is to be asked now: it did not fail lately, or the interval has passed. */
	public synchronized boolean isOpen() {
		return !this.down || this.clock.millis() - this.retryAt >= 0;
	}

	/** Whether the store failed the last time it was asked. */
	public synchronized boolean isDown() {
		return this.down;
	}

	/**
	 * The store failed or did not answer in time.
	 * @param failure what happened
	 * @param instead what the caller does meanwhile, for the log
	 */
	public synchronized void failed(Throwable failure, String instead) {
		this.retryAt = this.clock.millis() + this.retryInterval.toMillis();
		if (!this.down) {
			this.down = true;
			this.logger.warn(this.what + " is unavailable (" + failure + "); " + instead
					+ " until it answers again, asking it again every " + Durations.seconds(this.retryInterval));
		}
		else if (this.logger.isDebugEnabled()) {
			this.logger.debug(this.what + " is still unavailable (" + failure + ")");
		}
	}

	/** The store answered. */
	public synchronized void answered() {
		if (this.down) {
			this.down = false;
			this.logger.info(this.what + " is available again");
		}
	}

}
