package io.github.ciscosupport.client.internal.paging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class PageWalkerTests {

	private final List<Integer> fetched = new CopyOnWriteArrayList<>();

	@Test
	void walksUntilTheLastIndex() {
		StepVerifier.create(PageWalker.pages(pagesOf(3)).map(TestPage::number))
			.expectNext(1, 2, 3)
			.verifyComplete();
		assertThat(this.fetched).containsExactly(1, 2, 3);
	}

	@Test
	void requestsTheNextPageOnlyOnDemand() {
		StepVerifier.create(PageWalker.pages(pagesOf(3)).map(TestPage::number), 1)
			.expectNext(1)
			.then(() -> assertThat(this.fetched).containsExactly(1))
			.thenRequest(1)
			.expectNext(2)
			.then(() -> assertThat(this.fetched).containsExactly(1, 2))
			.thenCancel()
			.verify();
		assertThat(this.fetched).containsExactly(1, 2);
	}

	@Test
	void itemsRequestTheNextPageOnlyWhenThePreviousPageIsConsumed() {
		StepVerifier.create(PageWalker.items(pagesOf(3), TestPage::items), 1)
			.expectNext("1a")
			.then(() -> assertThat(this.fetched).containsExactly(1))
			.thenRequest(1)
			.expectNext("1b")
			.thenRequest(1)
			.expectNext("2a")
			.then(() -> assertThat(this.fetched).containsExactly(1, 2))
			.thenCancel()
			.verify();
	}

	@Test
	void fetchesEveryPageOnceWhenPagesArriveAsynchronously() {
		IntFunction<Mono<TestPage>> asynchronous = (number) -> pagesOf(5).apply(number)
			.delayElement(Duration.ofMillis(1), Schedulers.parallel());
		StepVerifier.create(PageWalker.items(asynchronous, TestPage::items)).expectNextCount(10).verifyComplete();
		assertThat(this.fetched).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void aMissingBlockEndsTheWalk() {
		StepVerifier.create(PageWalker.pages(fetching((number) -> new TestPage(number, null))).map(TestPage::number))
			.expectNext(1)
			.verifyComplete();
		assertThat(this.fetched).containsExactly(1);
	}

	@Test
	void anAllZeroBlockEndsTheWalk() {
		PageInfo allZero = PageInfo.of(0, 0, 0L, 0, null, null, null);
		StepVerifier.create(PageWalker.pages(fetching((number) -> new TestPage(number, allZero))).map(TestPage::number))
			.expectNext(1)
			.verifyComplete();
	}

	@Test
	void anEmptyResponseEndsTheWalk() {
		StepVerifier.create(PageWalker.pages((number) -> {
			this.fetched.add(number);
			return Mono.<TestPage>empty();
		})).verifyComplete();
		assertThat(this.fetched).containsExactly(1);
	}

	@Test
	void psirtLinksDecideWhetherAPageFollows() {
		IntFunction<Mono<TestPage>> psirt = fetching((number) -> new TestPage(number,
				PageInfo.of(null, null, null, null, (number < 2) ? "/all?pageIndex=" + (number + 1) : "NA",
						(number > 1) ? "/all?pageIndex=" + (number - 1) : "NA", 15L)));
		StepVerifier.create(PageWalker.pages(psirt).map(TestPage::number)).expectNext(1, 2).verifyComplete();
	}

	@Test
	void aFailedPageFailsTheWalk() {
		StepVerifier.create(PageWalker.pages((number) -> (number == 1) ? pagesOf(3).apply(1)
				: Mono.<TestPage>error(new IllegalStateException("boom"))).map(TestPage::number))
			.expectNext(1)
			.verifyErrorMessage("boom");
	}

	private IntFunction<Mono<TestPage>> pagesOf(int lastIndex) {
		return fetching((number) -> new TestPage(number, PageInfo.of(number, lastIndex, lastIndex * 2L, 2, null, null, null)));
	}

	// Counts at subscription, not at request: a WebClient exchange starts the HTTP request
	// when it is subscribed to, so subscribing early is what must not happen.
	private IntFunction<Mono<TestPage>> fetching(IntFunction<TestPage> pages) {
		return (number) -> Mono.defer(() -> {
			this.fetched.add(number);
			return Mono.just(pages.apply(number));
		});
	}

	record TestPage(int number, @Nullable PageInfo pagination) implements Paged {

		List<String> items() {
			return List.of(this.number + "a", this.number + "b");
		}

	}

}
