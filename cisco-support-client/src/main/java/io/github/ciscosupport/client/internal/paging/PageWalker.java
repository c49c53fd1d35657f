package io.github.ciscosupport.client.internal.paging;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Walks the pages of a paginated Cisco response, lazily: page {@code n + 1} is requested only
 * when page {@code n} has been emitted and the subscriber asks for more, so a walk of 100 pages
 * of 1000 EoX records holds one page at a time.
 *
 * <pre class="code">
 * Flux&lt;EoxRecord&gt; records = PageWalker.items(
 *         (page) -&gt; CiscoResponses.exchange(webClient.get().uri(pathFor(page)), EoxResponse.class),
 *         EoxResponse::records);
 * </pre>
 */
public final class PageWalker {

	private PageWalker() {
	}

	/**
	 * Streams the pages, starting with page 1, until a page's block says it is the last (see
	 * {@link PageInfo#hasPageAfter(int)}), has no block, or the response is empty.
	 * @param <P> the page type
	 * @param fetchPage fetches the page with the given 1-based number; called only on demand
	 * @return the pages, in order
	 */
	public static <P extends Paged> Flux<P> pages(IntFunction<Mono<P>> fetchPage) {
		return Flux.range(1, Integer.MAX_VALUE)
			.concatMap((number) -> subscribedOnRequest(() -> fetchPage.apply(number))
				.map((page) -> new Fetched<>(number, page))
				.defaultIfEmpty(new Fetched<>(number, null)), 0)
			.takeUntil(Fetched::isLast)
			.<P>handle((fetched, sink) -> {
				if (fetched.page() != null) {
					sink.next(fetched.page());
				}
			});
	}

	/**
	 * Streams the items of all pages, one page at a time.
	 * @param <P> the page type
	 * @param <T> the item type
	 * @param fetchPage fetches the page with the given 1-based number; called only on demand
	 * @param itemsOf the items of a page
	 * @return the items of all pages, in order
	 */
	public static <P extends Paged, T> Flux<T> items(IntFunction<Mono<P>> fetchPage, Function<P, List<T>> itemsOf) {
		// concatMap without prefetch, unlike flatMapIterable, does not ask for page n + 1
		// before the items of page n are consumed
		return pages(fetchPage).concatMap((page) -> Flux.fromIterable(itemsOf.apply(page)), 0);
	}

	/**
	 * Defers subscribing to the source until the subscriber first requests its value.
	 * concatMap subscribes to the next inner publisher as soon as the previous one completes,
	 * whatever the demand, and a WebClient exchange sends its request when subscribed to.
	 */
	private static <T> Mono<T> subscribedOnRequest(Supplier<Mono<T>> source) {
		return Mono.create((sink) -> {
			// the sink sees every request signal, and there may be several
			AtomicBoolean subscribed = new AtomicBoolean();
			sink.onRequest((ignored) -> {
				if (subscribed.compareAndSet(false, true)) {
					// singleOptional: one terminal call on the sink, as a value followed by a
					// completion would complete it empty
					sink.onCancel(source.get()
						.singleOptional()
						.contextWrite(sink.contextView())
						.subscribe((value) -> value.ifPresentOrElse(sink::success, sink::success), sink::error));
				}
			});
		});
	}

	private record Fetched<P extends Paged>(int number, @Nullable P page) {

		boolean isLast() {
			if (this.page == null) {
				return true;
			}
			PageInfo pagination = this.page.pagination();
			return pagination == null || !pagination.hasPageAfter(this.number);
		}

	}

}
