package io.github.ciscosupport.test.simulator;

import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as compact JSON. Hand-written on purpose: the
 * simulator ships inside users' Spring Boot applications and must not bring a Jackson of its own.
 *
 * @author cisco-support-spring
 */
final class JsonWriter {

	private JsonWriter() {
	}

	static String write(Object value) {
		StringBuilder builder = new StringBuilder(256);
		append(builder, value);
		return builder.toString();
	}

	private static void append(StringBuilder builder, Object value) {
		if (value == null) {
			builder.append("null");
		}
		else if (value instanceof CharSequence text) {
			string(builder, text);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			builder.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			builder.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					builder.append(',');
				}
				first = false;
				string(builder, String.valueOf(entry.getKey()));
				builder.append(':');
				append(builder, entry.getValue());
			}
			builder.append('}');
		}
		else if (value instanceof Iterable<?> items) {
			builder.append('[');
			boolean first = true;
			for (Object item : items) {
				if (!first) {
					builder.append(',');
				}
				first = false;
				append(builder, item);
			}
			builder.append(']');
		}
		else {
			string(builder, value.toString());
		}
	}

	private static void string(StringBuilder builder, CharSequence text) {
		builder.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> builder.append("\\\"");
				case '\\' -> builder.append("\\\\");
				case '\n' -> builder.append("\\n");
				case '\r' -> builder.append("\\r");
				case '\t' -> builder.append("\\t");
				case '\b' -> builder.append("\\b");
				case '\f' -> builder.append("\\f");
				default -> {
					if (c < 0x20) {
						builder.append(String.format("\\u%04x", (int) c));
					}
					else {
						builder.append(c);
					}
				}
			}
		}
		builder.append('"');
	}

}
