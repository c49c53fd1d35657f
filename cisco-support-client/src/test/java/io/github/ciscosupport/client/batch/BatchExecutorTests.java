package io.github.ciscosupport.client.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BatchExecutorTests {

	private final BatchExecutor executor = new BatchExecutor(new BatchOptions(2, 1024), "test");

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
		BatchExecutor counted = new BatchExecutor(new BatchOptions(2, 1024, listener), "eox");

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
	void aFailedBatchFailsTheLookup() {
		Function<List<String>, Mono<BatchAnswer<String>>> failing = (batch) -> Mono.error(new IllegalStateException("quota"));
		StepVerifier.create(this.executor.execute(List.of("A"), 20, InputRule.pathListItem(), failing))
			.verifyErrorMessage("quota");
	}

	@Test
	void eachSubscriptionRunsTheLookupAgain() {
		Flux<ItemResult<String, String>> lookup = this.executor.execute(List.of("A", "B"), 1, InputRule.pathListItem(), this::echo);
		assertThat(lookup.collectList().block()).hasSize(2);
		assertThat(lookup.collectList().block()).hasSize(2);
		assertThat(this.sent).hasSize(4);
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
