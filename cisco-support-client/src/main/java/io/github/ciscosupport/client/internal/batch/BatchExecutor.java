package io.github.ciscosupport.client.internal.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.CiscoSupportException;
import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.ThrottledException;
import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.LookupListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs a lookup of any number of inputs as batches: blank inputs are rejected before any call,
 * inputs breaking the API's {@link InputRule} are answered {@code INVALID_INPUT} without being
 * sent, duplicates are sent once, the distinct inputs are split at the API's ceiling, at most
 * {@link BatchOptions#maxConcurrentBatches()} batches are in flight, and the results stream out
 * one per input, in input order, as soon as they are known.
 * <p>
 * No input is lost. A batch whose call fails with a fault of that call only (service
 * unavailable, throttled or an unusable reply after the transport's retries, another error
 * status, a transient token endpoint failure) answers each of its inputs
 * {@link ItemError.Kind#UNAVAILABLE UNAVAILABLE}, and the other batches go on; a batch refused
 * with HTTP 414 (URI too long) is split in halves, each sent on its own, down to single inputs.
 * A fault that dooms every later call ends the lookup: the daily quota used up, access denied,
 * credentials refused by the token endpoint, and, to be safe, any other
 * {@link CiscoSupportException} this class does not know. The returned {@code Flux} then fails
 * with a copy of that exception, of the same type, whose
 * {@link CiscoSupportException#getUnansweredInputs()} are the inputs not emitted so far.
 * <p>
 * With an answer cache ({@link BatchOptions#caching()}) and a {@link CachedLookup}, the inputs
 * whose answer is cached are answered from it and only the others are sent; the values and
 * {@code NOT_FOUND} errors Cisco then gives are stored. The cache is read and written on
 * Reactor's bounded-elastic scheduler, since a store may block.
 */
public final class BatchExecutor {

	private static final Log logger = LogFactory.getLog(BatchExecutor.class);

	private static final int URI_TOO_LONG = 414;

	/** The client exceptions that report the failure of one call, whatever the others do. */
	private static final Set<Class<?>> ONE_CALL_FAILURES = Set.of(CiscoSupportApiException.class,
			ServiceUnavailableException.class, ThrottledException.class);

	private final int maxConcurrentBatches;

	private final String api;

	private final LookupListener listener;

	private final @Nullable AnswerStore answerStore;

	/**
	 * @param options the batch options
	 * @param api the API's name for metrics, as its client package is named ({@code eox}, ...)
	 */
	public BatchExecutor(BatchOptions options, String api) {
		this.maxConcurrentBatches = options.maxConcurrentBatches();
		this.api = Objects.requireNonNull(api, "api");
		this.listener = options.listener();
		this.answerStore = AnswerStore.of(options.caching(), api, options.clock(), options.listener());
	}

	/**
	 * Looks up every input.
	 * @param <T> the value type
	 * @param inputs the inputs, in the order results are wanted
	 * @param batchSize the API's ceiling of inputs per request
	 * @param rule the client-side rule an input must pass to be sent
	 * @param lookup sends one batch of distinct inputs (walking all its response pages) and
	 * collects what Cisco answered
	 * @return one result per input, in input order
	 * @throws IllegalArgumentException at once, before any call, if an input is null or blank
	 */
	public <T> Flux<ItemResult<String, T>> execute(List<String> inputs, int batchSize, InputRule rule,
			Function<List<String>, Mono<BatchAnswer<T>>> lookup) {
		return execute(inputs, batchSize, rule, null, lookup);
	}

	/**
	 * Looks up every input, answering from the answer cache what it holds.
	 * @param <T> the value type
	 * @param inputs the inputs, in the order results are wanted
	 * @param batchSize the API's ceiling of inputs per request
	 * @param rule the client-side rule an input must pass to be sent
	 * @param cached what the answers are cached under, or {@code null} not to cache them
	 * @param lookup sends one batch of distinct inputs (walking all its response pages) and
	 * collects what Cisco answered
	 * @return one result per input, in input order
	 * @throws IllegalArgumentException at once, before any call, if an input is null or blank
	 */
	public <T> Flux<ItemResult<String, T>> execute(List<String> inputs, int batchSize, InputRule rule,
			@Nullable CachedLookup<T> cached, Function<List<String>, Mono<BatchAnswer<T>>> lookup) {
		Objects.requireNonNull(inputs, "inputs");
		BatchPlan plan = BatchPlan.of(inputs, batchSize, rule);
		AnswerStore store = (cached != null) ? this.answerStore : null;
		if (store == null || cached == null) {
			return Flux.defer(() -> new Run<>(plan, Map.of(), lookup).results()).doOnNext(this::record);
		}
		Function<List<String>, Mono<BatchAnswer<T>>> storing = (batch) -> lookup.apply(batch)
			.flatMap((answer) -> blocking(() -> {
				store.write(cached, answer.results());
				return answer;
			}));
		return blocking(() -> store.read(cached, plan.sendable()))
			.flatMapMany((hits) -> new Run<>(plan.without(hits.keySet()), hits, storing).results())
			.doOnNext(this::record);
	}

	private static <R> Mono<R> blocking(Supplier<R> call) {
		return Mono.fromSupplier(call).subscribeOn(Schedulers.boundedElastic());
	}

	private void record(ItemResult<String, ?> result) {
		this.listener.inputs(this.api, 1);
		ItemError error = result.error();
		if (error != null) {
			this.listener.inputErrors(this.api, (error.code() != null) ? error.code() : error.kind().name(), 1);
		}
	}

	/**
	 * Whether a failure concerns the call of one batch only, so that its inputs are answered
	 * {@code UNAVAILABLE} and the lookup goes on.
	 */
	static boolean concernsOneBatch(Throwable failure) {
		if (failure instanceof TokenEndpointException token) {
			// As the token retry judges it: no reply, 429 or 5xx may heal; invalid_client and
			// other refusals will not.
			int status = token.getStatusCode();
			return status == 0 || status == 429 || status >= 500;
		}
		if (failure instanceof CiscoSupportException) {
			// Quota, access denied and exceptions unknown here (such as a refused origin) are
			// assumed to doom every later call.
			return ONE_CALL_FAILURES.contains(failure.getClass());
		}
		// I/O and decoding failures of a WebClient without the transport filters, and faults
		// of the collectors; never an Error.
		return failure instanceof Exception;
	}

	/** The state of one subscription: answers so far and the next positions to release and emit. */
	private final class Run<T> {

		private final BatchPlan plan;

		private final Function<List<String>, Mono<BatchAnswer<T>>> lookup;

		private final Map<String, ItemResult<String, T>> answered = new HashMap<>();

		private int nextPosition;

		private int emitted;

		Run(BatchPlan plan, Map<String, ItemResult<String, T>> cached,
				Function<List<String>, Mono<BatchAnswer<T>>> lookup) {
			this.plan = plan;
			this.lookup = lookup;
			this.answered.putAll(cached);
			plan.refused().forEach((input, error) -> this.answered.put(input, ItemResult.failure(input, error)));
		}

		Flux<ItemResult<String, T>> results() {
			List<List<String>> batches = this.plan.batches();
			Flux<ItemResult<String, T>> answeredByBatches = Flux.range(0, batches.size())
				.flatMapSequential((index) -> answer(batches.get(index)).map((results) -> new AnsweredBatch<>(index, results)),
						BatchExecutor.this.maxConcurrentBatches)
				.concatMapIterable(this::release);
			// Covers lookups where every input was refused, so no batch ever releases anything.
			return answeredByBatches.concatWith(Flux.defer(() -> Flux.fromIterable(releaseUpTo(this.plan.inputs().size()))))
				.doOnNext((result) -> this.emitted++)
				.onErrorMap(CiscoSupportException.class, this::namingUnansweredInputs);
		}

		private Mono<Map<String, ItemResult<String, T>>> answer(List<String> batch) {
			return Mono.defer(() -> this.lookup.apply(batch))
				.switchIfEmpty(Mono.fromSupplier(() -> new BatchAnswer<>(batch)))
				.map(BatchAnswer::results)
				.onErrorResume(BatchExecutor::concernsOneBatch, (failure) -> answerAfterFailure(batch, failure));
		}

		private Mono<Map<String, ItemResult<String, T>>> answerAfterFailure(List<String> batch, Throwable failure) {
			if (batch.size() > 1 && failure instanceof CiscoSupportApiException api
					&& api.getStatusCode() == URI_TOO_LONG) {
				List<String> first = List.copyOf(batch.subList(0, batch.size() / 2));
				List<String> second = List.copyOf(batch.subList(first.size(), batch.size()));
				logger.debug("HTTP 414 for a batch of " + batch.size() + " " + BatchExecutor.this.api
						+ " inputs; sending it as two batches of " + first.size() + " and " + second.size());
				// One half after the other, so that a split batch takes no more than its place
				// among the batches in flight.
				return answer(first).flatMap((firstResults) -> answer(second).map((secondResults) -> {
					Map<String, ItemResult<String, T>> results = new LinkedHashMap<>(firstResults);
					results.putAll(secondResults);
					return results;
				}));
			}
			logger.warn("Answering " + batch.size() + " " + BatchExecutor.this.api + " input(s) UNAVAILABLE, the "
					+ "lookup goes on: " + failure, logger.isDebugEnabled() ? failure : null);
			ItemError error = ItemError.unavailable(failure);
			Map<String, ItemResult<String, T>> results = new LinkedHashMap<>();
			batch.forEach((input) -> results.put(input, ItemResult.failure(input, error)));
			return Mono.just(results);
		}

		// Runs serially (downstream of flatMapSequential), so the plain map is safe.
		private List<ItemResult<String, T>> release(AnsweredBatch<T> batch) {
			this.answered.putAll(batch.results());
			return releaseUpTo(this.plan.releasedAfter(batch.index()));
		}

		private List<ItemResult<String, T>> releaseUpTo(int end) {
			List<ItemResult<String, T>> released = new ArrayList<>(Math.max(0, end - this.nextPosition));
			for (; this.nextPosition < end; this.nextPosition++) {
				String input = this.plan.inputs().get(this.nextPosition);
				released.add(Objects.requireNonNull(this.answered.get(input), () -> "No answer for " + input));
			}
			return released;
		}

		/**
		 * The exception that ends the lookup, copied (never changed: it may be shared) with the
		 * inputs at the positions not emitted yet. Results released but not emitted when the
		 * failure arrived are dropped by the operators, so they count as unanswered.
		 */
		private Throwable namingUnansweredInputs(CiscoSupportException failure) {
			List<String> inputs = this.plan.inputs();
			List<String> unanswered = List.copyOf(new LinkedHashSet<>(inputs.subList(this.emitted, inputs.size())));
			CiscoSupportException copy = failure.withUnansweredInputs(unanswered);
			// A subclass that does not override the copy would change the type callers catch.
			return (copy.getClass() == failure.getClass()) ? copy : failure;
		}

	}

	private record AnsweredBatch<T>(int index, Map<String, ItemResult<String, T>> results) {
	}

}
