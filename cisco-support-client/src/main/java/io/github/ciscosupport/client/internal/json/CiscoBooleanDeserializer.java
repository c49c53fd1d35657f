package io.github.ciscosupport.client.internal.json;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the booleans of the Cisco Support APIs, which are mostly strings: {@code "YES"},
 * {@code "Y"}, {@code "true"}, {@code "1"} and their negative counterparts, in any case, as well
 * as JSON booleans and numbers. An empty or unrecognised value reads as {@code null} rather than
 * failing the whole response.
 */
public class CiscoBooleanDeserializer extends ValueDeserializer<Boolean> {

	@Override
	public @Nullable Boolean deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			return token == JsonToken.VALUE_TRUE;
		}
		if (token == JsonToken.VALUE_NUMBER_INT) {
			return parser.getIntValue() != 0;
		}
		if (token == JsonToken.VALUE_STRING) {
			return parse(parser.getString());
		}
		parser.skipChildren();
		return null;
	}

	static @Nullable Boolean parse(String text) {
		return switch (text.trim().toUpperCase(Locale.ROOT)) {
			case "YES", "Y", "TRUE", "1" -> Boolean.TRUE;
			case "NO", "N", "FALSE", "0" -> Boolean.FALSE;
			default -> null;
		};
	}

}
