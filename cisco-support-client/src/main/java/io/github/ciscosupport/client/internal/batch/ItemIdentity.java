package io.github.ciscosupport.client.internal.batch;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.ErrorResponse;

/**
 * How an item of a response names the input it answers, and the error Cisco attached to it.
 *
 * @param <T> the item type
 */
public interface ItemIdentity<T> {

	/**
	 * The identifiers of an item that may name an input ({@code sr_no}, {@code product_id}...),
	 * most specific first; absent ones may be {@code null}.
	 * @param item an item
	 * @return its identifiers
	 */
	List<@Nullable String> namesOf(T item);

	/**
	 * The error block Cisco attached to an item, as in a Product Info miss.
	 * @param item an item
	 * @return its error block, or {@code null}
	 */
	@Nullable ErrorResponse errorOf(T item);

	/**
	 * An identity from two functions, typically record accessors.
	 * @param <T> the item type
	 * @param namesOf the identifiers of an item that may name an input
	 * @param errorOf the error block of an item
	 * @return the identity
	 */
	static <T> ItemIdentity<T> of(Function<T, List<@Nullable String>> namesOf,
			Function<T, @Nullable ErrorResponse> errorOf) {
		return new ItemIdentity<>() {

			@Override
			public List<@Nullable String> namesOf(T item) {
				return namesOf.apply(item);
			}

			@Override
			public @Nullable ErrorResponse errorOf(T item) {
				return errorOf.apply(item);
			}

		};
	}

}
