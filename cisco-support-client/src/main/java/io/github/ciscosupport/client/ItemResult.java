package io.github.ciscosupport.client;

import java.util.Objects;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * The answer for one input of a batched lookup: either a value or an {@link ItemError}, never
 * both. Batched lookups return exactly one result per input, in input order, duplicates
 * included.
 *
 * <pre class="code">
 * eox.bySerialNumbers(serials).subscribe(result -&gt; {
 *     if (result.isSuccess()) {
 *         store(result.input(), result.value());
 *     }
 *     else {
 *         log.warn("{}: {}", result.input(), result.error().description());
 *     }
 * });
 * </pre>
 *
 * @param <I> the input type
 * @param <T> the value type
 * @param input the input as given by the caller
 * @param value the data Cisco returned for this input, or {@code null} on error
 * @param error why there is no data, or {@code null} on success
 */
public record ItemResult<I, T>(I input, @Nullable T value, @Nullable ItemError error) {

	public ItemResult {
		Objects.requireNonNull(input, "input");
		if ((value == null) == (error == null)) {
			throw new IllegalArgumentException("Exactly one of value and error must be set");
		}
	}

	/**
	 * A successful result.
	 * @param <I> the input type
	 * @param <T> the value type
	 * @param input the input
	 * @param value its value
	 * @return the result
	 */
	public static <I, T> ItemResult<I, T> success(I input, T value) {
		return new ItemResult<>(input, Objects.requireNonNull(value, "value"), null);
	}

	/**
	 * A failed result.
	 * @param <I> the input type
	 * @param <T> the value type
	 * @param input the input
	 * @param error why there is no value
	 * @return the result
	 */
	public static <I, T> ItemResult<I, T> failure(I input, ItemError error) {
		return new ItemResult<>(input, null, Objects.requireNonNull(error, "error"));
	}

	/**
	 * Whether this result carries a value.
	 * @return {@code true} on success
	 */
	public boolean isSuccess() {
		return this.value != null;
	}

	/**
	 * The value, for callers that treat a missing value as a bug.
	 * @return the value
	 * @throws NoSuchElementException with the input and the error description if this result is
	 * an error, and the error's {@link ItemError#cause() cause} if it has one
	 */
	public T valueOrThrow() {
		if (this.value == null) {
			ItemError itemError = Objects.requireNonNull(this.error);
			throw new NoSuchElementException("No value for '" + this.input + "': " + describe(itemError),
					itemError.cause());
		}
		return this.value;
	}

	private static String describe(ItemError error) {
		return error.kind() + ((error.code() != null) ? " " + error.code() : "")
				+ ((error.status() != 0) ? " (HTTP " + error.status() + ")" : "") + ", " + error.description();
	}

}
