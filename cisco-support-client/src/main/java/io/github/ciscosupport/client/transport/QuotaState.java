package io.github.ciscosupport.client.transport;

import java.util.concurrent.atomic.AtomicReference;

import reactor.core.publisher.Mono;

/**
 * Where the client keeps what it knows about the daily quota, so that once Cisco has said
 * {@code ERR_403_DEVELOPER_OVER_RATE} every later call fails fast with a
 * {@code QuotaExceededException} instead of spending a request to hear it again. The client
 * always remembers it in its own process; a shared state (the starter's Redis one, with
 * {@code cisco.support.rate-limit.store=redis}) also tells every other instance that uses the
 * same Cisco key.
 * <p>
 * Implementations must not fail the calls: a store that cannot be reached should answer empty
 * and drop the update; the client logs and ignores errors it gets anyway.
 */
public interface QuotaState {

	/**
	 * The last exhaustion recorded, whether or not it is still in force.
	 * @return the exhaustion, or empty if none is known
	 */
	Mono<QuotaExhaustion> current();

	/**
	 * Records that the quota is used up.
	 * @param exhaustion when it was reported and when it resets
	 * @return completes when recorded
	 */
	Mono<Void> exhausted(QuotaExhaustion exhaustion);

	/**
	 * A state kept in this process only.
	 * @return a new, empty state
	 */
	static QuotaState local() {
		AtomicReference<QuotaExhaustion> state = new AtomicReference<>();
		return new QuotaState() {

			@Override
			public Mono<QuotaExhaustion> current() {
				return Mono.fromSupplier(state::get);
			}

			@Override
			public Mono<Void> exhausted(QuotaExhaustion exhaustion) {
				return Mono.fromRunnable(() -> state.set(exhaustion));
			}

		};
	}

}
