package io.github.ciscosupport.client.internal.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ciscosupport.client.transport.TransportEvents;

/** Records every transport event; events arrive on Netty threads, hence the concurrent lists. */
public final class RecordingEvents implements TransportEvents {

	final List<Retry> retries = new CopyOnWriteArrayList<>();

	final List<Duration> throttled = new CopyOnWriteArrayList<>();

	public final List<Duration> rateLimitWaits = new CopyOnWriteArrayList<>();

	final AtomicInteger quotaExhausted = new AtomicInteger();

	@Override
	public void onRetry(Throwable cause, int attempt, Duration delay) {
		this.retries.add(new Retry(cause, attempt, delay));
	}

	@Override
	public void onThrottled(Duration wait) {
		this.throttled.add(wait);
	}

	@Override
	public void onQuotaExhausted() {
		this.quotaExhausted.incrementAndGet();
	}

	@Override
	public void onRateLimitWait(Duration wait) {
		this.rateLimitWaits.add(wait);
	}

	record Retry(Throwable cause, int attempt, Duration delay) {
	}

}
