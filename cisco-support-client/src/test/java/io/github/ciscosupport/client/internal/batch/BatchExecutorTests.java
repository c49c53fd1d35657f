package io.github.ciscosupport.client.internal.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.CiscoSupportException;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.ThrottledException;
import io.github.ciscosupport.client.TokenEndpointException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BatchExecutorTests {

	private final BatchExecutor executor = new BatchExecutor(new BatchOptions(2, LookupListener.NONE), "test");

	private final List<List<String>> sent = new ArrayList<>();

	@Test
	void answersEveryInputInOrderWithBatchesAtTheCeiling() {
		List<String> inputs = IntStream.range(0, 45).mapToObj((i) -> "SN" + i).toList();
		List<ItemResult<String, String>> results = lookUp(inputs);
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(inputs);
		assertThat(results).extracting(ItemResult::value)
			.containsExactlyElementsOf(inputs.stream().map((input) -> input.toLowerCase(Locale.ROOT)).toList());
		assertThat(this.sent).extracting(List::size).containsExactly(20, 20, 5);
	}

	@Test
	void sendsDuplicatesOnceAndAnswersEveryOccurrence() {
		List<String> inputs = new ArrayList<>(IntStream.range(0, 25).mapToObj((i) -> "SN" + i).toList());
		inputs.add(3, "SN24");
		inputs.add("SN0");
		inputs.add("SN24");
		List<ItemResult<String, String>> results = lookUp(inputs);
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(inputs);
		assertThat(results).allMatch(ItemResult::isSuccess);
		assertThat(this.sent.stream().flatMap(List::stream)).hasSize(25).doesNotHaveDuplicates();
		assertThat(this.sent.get(0)).startsWith("SN0", "SN1", "SN2", "SN24");
	}

	@Test
	void rejectsBlankInputsBeforeAnyCallNamingTheirPositions() {
		List<String> inputs = new ArrayList<>(List.of("A", " ", "B"));
		inputs.add(null);
		inputs.add("");
		assertThatIllegalArgumentException().isThrownBy(() -> this.executor.execute(inputs, 20, InputRule.pathListItem(), this::echo))
			.withMessageContaining("position(s) 1, 3, 4 of 5");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void refusesInputsBreakingTheRuleWithoutSendingThem() {
		List<ItemResult<String, String>> results = lookUp(List.of("A", "B C", "D,E", "F"));
		assertThat(results).extracting(ItemResult::isSuccess).containsExactly(true, false, false, true);
		assertThat(results.get(1).error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
		assertThat(results.get(1).error().description()).contains("whitespace");
		assertThat(results.get(2).error().description()).contains("comma");
		assertThat(this.sent).containsExactly(List.of("A", "F"));
	}

	@Test
	void tellsTheListenerAboutEveryInputAndEveryError() {
		List<String> recorded = new ArrayList<>();
		LookupListener listener = new LookupListener() {

			@Override
			public void inputs(String api, int count) {
				recorded.add(api + " input " + count);
			}

			@Override
			public void inputErrors(String api, String kind, int count) {
				recorded.add(api + " error " + kind + " " + count);
			}

		};
		BatchExecutor counted = new BatchExecutor(new BatchOptions(2, listener), "eox");

		counted.execute(List.of("A", "B C", "D"), 20, InputRule.pathListItem(), this::echo).collectList().block();

		assertThat(recorded).containsExactly("eox input 1", "eox input 1", "eox error INVALID_INPUT 1", "eox input 1");
	}

	@Test
	void answersRefusedInputsEvenWhenNothingIsSent() {
		List<ItemResult<String, String>> results = lookUp(List.of("A B", "C D"));
		assertThat(results).extracting(ItemResult::input).containsExactly("A B", "C D");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void anEmptyListMakesNoCall() {
		assertThat(lookUp(List.of())).isEmpty();
		assertThat(this.sent).isEmpty();
	}

	@Test
	void inputsWithoutAnAnswerAreNotFoundAndBatchErrorsApplyToTheRest() {
		Function<List<String>, Mono<BatchAnswer<String>>> partial = (batch) -> {
			BatchAnswer<String> answer = new BatchAnswer<>(batch);
			answer.value(batch.get(0), "first");
			answer.error(batch.get(1), ItemError.fromCisco("SSA_ERR_023", "no such serial"));
			return Mono.just(answer);
		};
		List<ItemResult<String, String>> results = this.executor.execute(List.of("A", "B", "C"), 20, InputRule.pathListItem(), partial)
			.collectList()
			.block();
		assertThat(results.get(0).value()).isEqualTo("first");
		assertThat(results.get(1).error()).isEqualTo(new ItemError(ItemError.Kind.NOT_FOUND, "SSA_ERR_023", "no such serial"));
		assertThat(results.get(2).error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
		assertThat(results.get(2).error().code()).isNull();
	}

	@Test
	void runsAtMostTheConfiguredNumberOfBatchesAtOnceAndStillEmitsInOrder() {
		List<Sinks.One<BatchAnswer<String>>> pending = new ArrayList<>();
		AtomicInteger started = new AtomicInteger();
		Function<List<String>, Mono<BatchAnswer<String>>> held = (batch) -> {
			started.incrementAndGet();
			Sinks.One<BatchAnswer<String>> sink = Sinks.one();
			pending.add(sink);
			return sink.asMono().map((ignored) -> echoAnswer(batch));
		};
		List<String> inputs = IntStream.range(0, 4).mapToObj((i) -> "SN" + i).toList();
		StepVerifier.create(this.executor.execute(inputs, 1, InputRule.pathListItem(), held))
			.then(() -> assertThat(started).hasValue(2))
			.then(() -> pending.get(1).tryEmitValue(new BatchAnswer<>(List.of())))
			.then(() -> assertThat(started).hasValue(2))
			.then(() -> pending.get(0).tryEmitValue(new BatchAnswer<>(List.of())))
			.expectNextMatches((result) -> result.input().equals("SN0"))
			.expectNextMatches((result) -> result.input().equals("SN1"))
			.then(() -> pending.get(2).tryEmitValue(new BatchAnswer<>(List.of())))
			.expectNextMatches((result) -> result.input().equals("SN2"))
			.then(() -> pending.get(3).tryEmitValue(new BatchAnswer<>(List.of())))
			.expectNextMatches((result) -> result.input().equals("SN3"))
			.verifyComplete();
	}

	@Test
	void aBatchThatFailsAnswersEachOfItsInputsUnavailableAndTheOthersGoOn() {
		List<String> recorded = new ArrayList<>();
		BatchExecutor counted = new BatchExecutor(new BatchOptions(2, new LookupListener() {

			@Override
			public void inputErrors(String api, String kind, int count) {
				recorded.add(kind);
			}

		}), "eox");
		ServiceUnavailableException unavailable = new ServiceUnavailableException(503, null, "GET /eox failed after 5 "
				+ "attempts and 15 s of waiting: HTTP 503.");
		List<String> inputs = serials(45);
		List<ItemResult<String, String>> results = counted
			.execute(inputs, 20, InputRule.pathListItem(), failing(Set.of(1), unavailable))
			.collectList()
			.block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(inputs);
		assertThat(results.subList(20, 40)).allSatisfy((result) -> {
			assertThat(result.isSuccess()).isFalse();
			assertThat(result.error().kind()).isEqualTo(ItemError.Kind.UNAVAILABLE);
			assertThat(result.error().status()).isEqualTo(503);
			assertThat(result.error().cause()).isSameAs(unavailable);
			assertThat(result.error().code()).isNull();
			assertThat(result.error().description()).endsWith("HTTP 503.");
		});
		assertThat(results.subList(0, 20)).allMatch(ItemResult::isSuccess);
		assertThat(results.subList(40, 45)).allMatch(ItemResult::isSuccess);
		assertThat(recorded).hasSize(20).containsOnly("UNAVAILABLE");
	}

	@Test
	void anUnavailableResultSaysWhyWhenItsValueIsDemanded() {
		ThrottledException throttled = new ThrottledException(429, null, "GET /eox failed after 5 attempts: HTTP 429.");
		ItemResult<String, String> result = this.executor
			.execute(List.of("A"), 20, InputRule.pathListItem(), (batch) -> Mono.<BatchAnswer<String>>error(throttled))
			.blockFirst();
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(result::valueOrThrow)
			.withMessage("No value for 'A': UNAVAILABLE (HTTP 429), Cisco did not answer: GET /eox failed after 5 "
					+ "attempts: HTTP 429.")
			.withCause(throttled);
	}

	@Test
	void transientTokenFailuresAndFailuresOutsideTheClientConcernOneBatch() {
		assertThat(BatchExecutor.concernsOneBatch(new TokenEndpointException(503, null, "down"))).isTrue();
		assertThat(BatchExecutor.concernsOneBatch(new TokenEndpointException(0, null, "no reply"))).isTrue();
		assertThat(BatchExecutor.concernsOneBatch(new TokenEndpointException(429, null, "slow down"))).isTrue();
		assertThat(BatchExecutor.concernsOneBatch(new CiscoSupportApiException(500, null, "oops"))).isTrue();
		assertThat(BatchExecutor.concernsOneBatch(new IllegalStateException("a decoder's fault"))).isTrue();
	}

	@Test
	void faultsThatDoomEveryLaterCallEndTheLookup() {
		assertThat(BatchExecutor.concernsOneBatch(new QuotaExceededException(403, "ERR_403_DEVELOPER_OVER_RATE", "quota")))
			.isFalse();
		assertThat(BatchExecutor.concernsOneBatch(new CiscoSupportAuthorizationException(401, null, "revoked"))).isFalse();
		assertThat(BatchExecutor.concernsOneBatch(new TokenEndpointException(401, "invalid_client", "refused"))).isFalse();
		assertThat(BatchExecutor.concernsOneBatch(new CiscoSupportException("an exception this client does not know")))
			.isFalse();
		assertThat(BatchExecutor.concernsOneBatch(new OutOfMemoryError())).isFalse();
	}

	@Test
	void aFatalFailureEndsTheLookupWithTheSameTypeNamingTheInputsNotEmitted() {
		QuotaExceededException quota = new QuotaExceededException(403, "ERR_403_DEVELOPER_OVER_RATE", "quota used up");
		List<String> inputs = serials(100);
		List<ItemResult<String, String>> emitted = new ArrayList<>();
		StepVerifier.create(this.executor.execute(inputs, 20, InputRule.pathListItem(), failing(Set.of(2), quota))
			.doOnNext(emitted::add))
			.expectNextCount(40)
			.verifyErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(QuotaExceededException.class, (copy) -> {
				assertThat(copy).isNotSameAs(quota).hasMessage("quota used up");
				assertThat(copy.getStatusCode()).isEqualTo(403);
				assertThat(copy.getErrorCode()).isEqualTo("ERR_403_DEVELOPER_OVER_RATE");
				assertThat(copy.getStackTrace()).isEqualTo(quota.getStackTrace());
				assertThat(copy.getUnansweredInputs()).containsExactlyElementsOf(inputs.subList(40, 100));
			}));
		assertThat(emitted).extracting(ItemResult::input).containsExactlyElementsOf(inputs.subList(0, 40));
		assertThat(quota.getUnansweredInputs()).isEmpty();
	}

	@Test
	void resultsReleasedButNotYetRequestedCountAsUnanswered() {
		List<Sinks.One<BatchAnswer<String>>> pending = new ArrayList<>();
		Function<List<String>, Mono<BatchAnswer<String>>> held = (batch) -> {
			Sinks.One<BatchAnswer<String>> sink = Sinks.one();
			pending.add(sink);
			return sink.asMono().map((ignored) -> echoAnswer(batch));
		};
		CiscoSupportAuthorizationException denied = new CiscoSupportAuthorizationException(403, "SSA_ERR_034", "denied");
		List<String> inputs = serials(6);
		StepVerifier.create(this.executor.execute(inputs, 3, InputRule.pathListItem(), held), 1)
			.then(() -> pending.get(0).tryEmitValue(new BatchAnswer<>(List.of())))
			.expectNextMatches((result) -> result.input().equals("SN0"))
			.then(() -> pending.get(1).tryEmitError(denied))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CiscoSupportAuthorizationException.class,
					(copy) -> assertThat(copy.getUnansweredInputs()).containsExactly("SN1", "SN2", "SN3", "SN4", "SN5")))
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void unansweredInputsAreNamedOnceInInputOrder() {
		List<String> inputs = List.of("A", "B", "A", "C", "B", "D");
		TokenEndpointException refused = new TokenEndpointException(401, "invalid_client", "refused");
		StepVerifier.create(this.executor.execute(inputs, 2, InputRule.pathListItem(), failing(Set.of(0), refused)))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(TokenEndpointException.class,
					(copy) -> {
						assertThat(copy.getUnansweredInputs()).containsExactly("A", "B", "C", "D");
						assertThat(copy.getErrorCode()).isEqualTo("invalid_client");
						assertThat(copy.getStatusCode()).isEqualTo(401);
					}));
	}

	@Test
	void anExceptionSharedByTwoLookupsIsCopiedForEachAndNeverChanged() {
		// A failed token fetch is one exception instance for every call that waited for it.
		TokenEndpointException shared = new TokenEndpointException(401, "invalid_client", "refused");
		Function<List<String>, Mono<BatchAnswer<String>>> refused = (batch) -> Mono.error(shared);
		Throwable first = failureOf(this.executor.execute(List.of("A", "B"), 20, InputRule.pathListItem(), refused));
		Throwable second = failureOf(this.executor.execute(List.of("C"), 20, InputRule.pathListItem(), refused));
		assertThat(first).isInstanceOfSatisfying(TokenEndpointException.class,
				(ex) -> assertThat(ex.getUnansweredInputs()).containsExactly("A", "B"));
		assertThat(second).isInstanceOfSatisfying(TokenEndpointException.class,
				(ex) -> assertThat(ex.getUnansweredInputs()).containsExactly("C"));
		assertThat(shared.getUnansweredInputs()).isEmpty();
	}

	@Test
	void aBatchRefusedWithUriTooLongIsSplitInHalvesDownToWhatFits() {
		List<String> inputs = serials(45);
		List<ItemResult<String, String>> results = this.executor
			.execute(inputs, 20, InputRule.pathListItem(), uriTooLongAbove(5))
			.collectList()
			.block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(inputs);
		assertThat(results).allMatch(ItemResult::isSuccess);
		assertThat(this.sent).extracting(List::size)
			.containsExactlyInAnyOrder(20, 10, 5, 5, 10, 5, 5, 20, 10, 5, 5, 10, 5, 5, 5);
		assertThat(this.sent.stream().filter((batch) -> batch.size() <= 5).flatMap(List::stream))
			.containsExactlyInAnyOrderElementsOf(inputs);
	}

	@Test
	void anInputThatGetsUriTooLongAloneIsAnsweredUnavailable() {
		List<ItemResult<String, String>> results = this.executor
			.execute(List.of("A", "B", "C"), 20, InputRule.pathListItem(), uriTooLongAbove(0))
			.collectList()
			.block();
		assertThat(results).extracting(ItemResult::input).containsExactly("A", "B", "C");
		assertThat(results).allSatisfy((result) -> {
			assertThat(result.error().kind()).isEqualTo(ItemError.Kind.UNAVAILABLE);
			assertThat(result.error().status()).isEqualTo(414);
		});
		// [A, B, C] -> [A] and [B, C] -> [B] and [C]
		assertThat(this.sent).extracting(List::size).containsExactly(3, 1, 2, 1, 1);
	}

	@Test
	void eachSubscriptionRunsTheLookupAgain() {
		Flux<ItemResult<String, String>> lookup = this.executor.execute(List.of("A", "B"), 1, InputRule.pathListItem(), this::echo);
		assertThat(lookup.collectList().block()).hasSize(2);
		assertThat(lookup.collectList().block()).hasSize(2);
		assertThat(this.sent).hasSize(4);
	}

	private static Throwable failureOf(Flux<?> lookup) {
		return lookup.then(Mono.<Throwable>empty()).onErrorResume(Mono::just).block();
	}

	private static List<String> serials(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "SN" + i).toList();
	}

	/** Echoes every batch except those at the given indexes (in the order sent), which fail. */
	private Function<List<String>, Mono<BatchAnswer<String>>> failing(Set<Integer> failingBatches, Throwable failure) {
		AtomicInteger batches = new AtomicInteger();
		return (batch) -> failingBatches.contains(batches.getAndIncrement()) ? Mono.error(failure) : echo(batch);
	}

	/** Echoes batches of at most {@code maxInputs}, and refuses longer ones with HTTP 414. */
	private Function<List<String>, Mono<BatchAnswer<String>>> uriTooLongAbove(int maxInputs) {
		return (batch) -> {
			if (batch.size() <= maxInputs) {
				return echo(batch);
			}
			this.sent.add(batch);
			return Mono.error(new CiscoSupportApiException(414, null, "GET /eox failed: HTTP 414."));
		};
	}

	private List<ItemResult<String, String>> lookUp(List<String> inputs) {
		return this.executor.execute(inputs, 20, InputRule.pathListItem(), this::echo).collectList().block();
	}

	private Mono<BatchAnswer<String>> echo(List<String> batch) {
		return Mono.fromCallable(() -> {
			this.sent.add(batch);
			return echoAnswer(batch);
		});
	}

	private static BatchAnswer<String> echoAnswer(List<String> batch) {
		BatchAnswer<String> answer = new BatchAnswer<>(batch);
		// Cisco's way of naming inputs: upper case, trailing space
		batch.forEach((input) -> answer.value(input.toUpperCase(Locale.ROOT) + " ", input.toLowerCase(Locale.ROOT)));
		return answer;
	}

}
