package io.github.ciscosupport.client.internal.batch;

import java.util.Objects;

import org.springframework.core.ParameterizedTypeReference;

/**
 * What a cached answer of a lookup is stored under and read back as: the operation, which with
 * the input makes the key (so EoX by serial number and by product ID, or the same path with other
 * query parameters, never share answers), and the type of the value.
 *
 * @param <T> the value type
 * @param operation everything but the input that decides the answer, such as
 * {@code EOXBySerialNumber} or a path and query template
 * @param valueType the value type, to read a stored answer back
 */
public record CachedLookup<T>(String operation, ParameterizedTypeReference<T> valueType) {

	public CachedLookup {
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(valueType, "valueType");
	}

	/**
	 * The lookup of the given operation.
	 * @param <T> the value type
	 * @param operation the operation
	 * @param valueType the value type
	 * @return the lookup
	 */
	public static <T> CachedLookup<T> of(String operation, ParameterizedTypeReference<T> valueType) {
		return new CachedLookup<>(operation, valueType);
	}

	String keyOf(String input) {
		return this.operation + "|" + input;
	}

}
