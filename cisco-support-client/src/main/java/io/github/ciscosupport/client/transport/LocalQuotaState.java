package io.github.ciscosupport.client.transport;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The {@link QuotaState} of one process: the last exhaustion, and the requests counted in the
 * current quota day, which start again from zero when a later day end is asked for.
 */
final class LocalQuotaState implements QuotaState {

	private final AtomicReference<@Nullable QuotaExhaustion> exhaustion = new AtomicReference<>();

	private final AtomicReference<DayCount> requests = new AtomicReference<>(new DayCount(Instant.MIN, 0));

	@Override
	public Mono<QuotaExhaustion> current() {
		return Mono.fromSupplier(this.exhaustion::get);
	}

	@Override
	public Mono<Void> exhausted(QuotaExhaustion exhaustion) {
		return Mono.fromRunnable(() -> this.exhaustion.set(exhaustion));
	}

	@Override
	public Mono<Long> countRequest(Instant quotaDayEnd) {
		return Mono.fromSupplier(() -> this.requests.updateAndGet((count) -> count.next(quotaDayEnd)).count());
	}

	/**
	 * The requests counted in the quota day that ends at {@code dayEnd}.
	 */
	private record DayCount(Instant dayEnd, long count) {

		DayCount next(Instant quotaDayEnd) {
			return quotaDayEnd.equals(this.dayEnd) ? new DayCount(this.dayEnd, this.count + 1)
					: new DayCount(quotaDayEnd, 1);
		}

	}

}
