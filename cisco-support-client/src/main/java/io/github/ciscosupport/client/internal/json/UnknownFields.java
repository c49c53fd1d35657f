package io.github.ciscosupport.client.internal.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a Cisco response item that its record does not model. Every record of the typed
 * clients keeps them in a component annotated {@code @JsonAnySetter @JsonAnyGetter}, so nothing
 * Cisco sends is dropped, and writing a record back to JSON gives the fields their Cisco names
 * again. Records call {@link #copyOf(Map)} in their constructor.
 */
public final class UnknownFields {

	private UnknownFields() {
	}

	/**
	 * An unmodifiable copy of the given fields, in their order. JSON {@code null} values are kept
	 * (as {@code null}), which {@link Map#copyOf(Map)} would refuse.
	 * @param fields the fields Jackson collected, or {@code null} when a record is built in code
	 * @return the copy, empty when there are none; never {@code null}
	 */
	public static Map<String, Object> copyOf(@Nullable Map<String, Object> fields) {
		return (fields == null || fields.isEmpty()) ? Map.of()
				: Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

}
