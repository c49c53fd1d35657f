package io.github.ciscosupport.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.util.Assert;

import io.github.ciscosupport.client.BlockingTimeoutException;

/**
 * How every blocking typed client waits for its reactive twin, one rule for all nine: a lookup
 * that answers one result per input is collected into a {@code List}, a query whose results
 * Cisco pages becomes a lazy {@code Stream} that reads the next page as it is consumed (closing
 * it cancels the walk), and a single answer is returned as it is. Each call ends within the
 * timeout, counted from the call for lists and single answers and from the opening of the stream
 * for streams; past it the lookup is cancelled and a {@link BlockingTimeoutException} thrown.
 * Waiting happens on the caller's thread only: a virtual thread parks.
 */
public final class Blocking {

	private final Duration timeout;

	private final Scheduler scheduler;

	/**
	 * @param timeout the longest a call may take, positive
	 * @param scheduler where the timeout is timed
	 */
	public Blocking(Duration timeout, Scheduler scheduler) {
		Assert.isTrue(timeout != null && timeout.compareTo(Duration.ZERO) > 0, "The blocking timeout must be positive");
		this.timeout = timeout;
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
	}

	/** The timeout of every call. */
	public Duration timeout() {
		return this.timeout;
	}

	/**
	 * Every element of a lookup, in order.
	 * @param call the reactive method, for the timeout's message
	 * @param elements the lookup
	 * @return its elements
	 */
	public <T> List<T> list(String call, Flux<T> elements) {
		return Objects.requireNonNull(withDeadline(call, elements).collectList().block());
	}

	/**
	 * The one answer of a call.
	 * @param call the reactive method, for the timeout's message
	 * @param answer the call
	 * @return its answer
	 */
	public <T> T one(String call, Mono<T> answer) {
		T value = withDeadline(call, answer.flux()).next().block();
		return Objects.requireNonNull(value, () -> call + " answered nothing");
	}

	/**
	 * A lazy stream of a paged query; close it (try-with-resources) to cancel the walk when not
	 * read to its end.
	 * @param call the reactive method, for the timeout's message
	 * @param elements the query
	 * @return its elements, fetched as they are consumed
	 */
	public <T> Stream<T> stream(String call, Flux<T> elements) {
		// One element of demand at a time: the next page is asked for only when the stream reaches it.
		return withDeadline(call, elements).toStream(1);
	}

	private <T> Flux<T> withDeadline(String call, Flux<T> elements) {
		Mono<T> deadline = Mono.delay(this.timeout, this.scheduler)
			.then(Mono.error(() -> new BlockingTimeoutException(call, this.timeout)));
		return elements.takeUntilOther(deadline);
	}

}
