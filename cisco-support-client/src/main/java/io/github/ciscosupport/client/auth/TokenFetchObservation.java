package io.github.ciscosupport.client.auth;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import reactor.core.publisher.Mono;

import io.github.ciscosupport.client.TokenEndpointException;

/**
 * Wraps one token fetch, retries included, in an observation named {@value #NAME}: a span of its
 * own when tracing is on (with the token endpoint's HTTP request as its child) and a timer when
 * observations are recorded as metrics.
 */
final class TokenFetchObservation {

	/** Name of the observation, and of the timer Micrometer derives from it. */
	static final String NAME = "cisco.support.token.fetch";

	/**
	 * The Reactor context key under which the current observation travels: the value of
	 * {@code ObservationThreadLocalAccessor.KEY}, which {@code WebClient} reads to find the parent
	 * of its request observation. Spelled out because that class needs the context-propagation
	 * library, which this client does not require.
	 */
	static final String CONTEXT_KEY = "micrometer.observation";

	private static final String OUTCOME = "outcome";

	private static final String ERROR_CODE = "error.code";

	private final ObservationRegistry registry;

	TokenFetchObservation(ObservationRegistry registry) {
		this.registry = registry;
	}

	<T> Mono<T> observe(Mono<T> fetch) {
		if (this.registry.isNoop()) {
			return fetch;
		}
		return Mono.deferContextual((context) -> {
			Observation observation = Observation.createNotStarted(NAME, this.registry)
				.contextualName("cisco-support token fetch")
				.parentObservation(context.getOrDefault(CONTEXT_KEY, null))
				.lowCardinalityKeyValue(OUTCOME, "UNKNOWN")
				.lowCardinalityKeyValue(ERROR_CODE, KeyValue.NONE_VALUE)
				.start();
			// Stopped before the outcome reaches the caller (not in doFinally, which runs after),
			// so that the fetch is recorded by the time the caller sees the token or the error.
			return fetch.contextWrite((inner) -> inner.put(CONTEXT_KEY, observation))
				.doOnSuccess((value) -> observation.lowCardinalityKeyValue(OUTCOME, "SUCCESS").stop())
				.doOnError((ex) -> {
					observation.lowCardinalityKeyValue(OUTCOME, "FAILURE");
					// Okta's code (invalid_client, ...) is a short fixed vocabulary: safe as a tag.
					if (ex instanceof TokenEndpointException failure && failure.getErrorCode() != null) {
						observation.lowCardinalityKeyValue(ERROR_CODE, failure.getErrorCode());
					}
					observation.error(ex).stop();
				})
				.doOnCancel(observation::stop);
		});
	}

}
