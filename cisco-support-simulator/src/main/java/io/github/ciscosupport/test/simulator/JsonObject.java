package io.github.ciscosupport.test.simulator;

import java.util.LinkedHashMap;

/**
 * An ordered JSON object with a fluent API. Field order follows insertion, as in Cisco's payloads.
 *
 * @author cisco-support-spring
 */
final class JsonObject extends LinkedHashMap<String, Object> {

	JsonObject with(String name, Object value) {
		put(name, value);
		return this;
	}

	/**
	 * Adds a field only when it has a value: Cisco payloads are sparse and omit empty fields.
	 * @param name the field name
	 * @param value the value, omitted when {@code null} or an empty string
	 * @return this object
	 */
	JsonObject withPresent(String name, Object value) {
		if (value != null && !"".equals(value.toString())) {
			put(name, value);
		}
		return this;
	}

}
