package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A {@link SharedRateBudget} in memory, on the scheduler's clock, to test the limiter's side of the
 * contract on virtual time: every bucket a GCRA reservation per refill, replaced by a higher
 * version. It can be made to fail or to stop answering, as an unreachable or frozen store would.
 */
final class InMemoryBudget implements SharedRateBudget {

	private final Scheduler clock;

	private final Map<String, Bucket> stored = new HashMap<>();

	/** Per bucket, the theoretical arrival time of each refill. */
	private final Map<String, long[]> arrivals = new HashMap<>();

	int reservations;

	int givenBack;

	boolean failing;

	boolean hanging;

	InMemoryBudget(Scheduler clock) {
		this.clock = clock;
	}

	@Override
	public synchronized Mono<Reservation> reserve(List<Bucket> buckets) {
		if (this.failing) {
			return Mono.error(new IllegalStateException("store unreachable"));
		}
		if (this.hanging) {
			return Mono.never();
		}
		this.reservations++;
		long now = this.clock.now(TimeUnit.NANOSECONDS);
		long wait = 0;
		Map<String, Bucket> after = new HashMap<>();
		for (Bucket bucket : buckets) {
			Bucket current = this.stored.get(bucket.name());
			if (current == null || current.version() < bucket.version()) {
				current = bucket;
				this.stored.put(bucket.name(), bucket);
				this.arrivals.putIfAbsent(bucket.name(), new long[bucket.refills().size()]);
				long[] tats = this.arrivals.get(bucket.name());
				if (tats.length != bucket.refills().size()) {
					this.arrivals.put(bucket.name(), new long[bucket.refills().size()]);
				}
			}
			long[] tats = this.arrivals.get(bucket.name());
			for (int i = 0; i < tats.length; i++) {
				Refill refill = current.refills().get(i);
				long interval = refill.interval().toNanos();
				long tat = Math.max(tats[i], now);
				wait = Math.max(wait, tat - interval * (refill.capacity() - 1) - now);
				tats[i] = tat + interval;
			}
			after.put(bucket.name(), current);
		}
		return Mono.just(new Reservation(Duration.ofNanos(wait), after));
	}

	@Override
	public synchronized Mono<Void> giveBack(List<Bucket> buckets) {
		this.givenBack++;
		for (Bucket bucket : buckets) {
			long[] tats = this.arrivals.get(bucket.name());
			for (int i = 0; i < tats.length; i++) {
				tats[i] -= this.stored.get(bucket.name()).refills().get(i).interval().toNanos();
			}
		}
		return Mono.empty();
	}

	/** The rate of the named bucket's first refill, in permits per second. */
	synchronized double rate(String bucket) {
		return 1e9 / this.stored.get(bucket).refills().get(0).interval().toNanos();
	}

}
