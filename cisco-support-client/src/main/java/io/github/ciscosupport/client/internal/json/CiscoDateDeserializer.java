package io.github.ciscosupport.client.internal.json;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the dates of the Cisco Support APIs into a {@link LocalDate}: the EoX date object
 * {@code {"value":"2022-04-30","dateFormat":"YYYY-MM-DD"}} as well as the plain
 * {@code "YYYY-MM-DD"} strings of SN2INFO and Product Info, and Software Suggestion's
 * {@code "11-Mar-2021"}. A timestamp keeps its date part.
 * An empty value (EoX sends {@code {"value":"","dateFormat":null}} for "not set") and a value in
 * an unknown format read as {@code null}: one odd date must not fail a page of a thousand records.
 */
public class CiscoDateDeserializer extends ValueDeserializer<LocalDate> {

	private static final int ISO_DATE_LENGTH = "YYYY-MM-DD".length();

	/** Software Suggestion's {@code 11-Mar-2021}, English month abbreviations in any case. */
	private static final DateTimeFormatter DAY_MONTH_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("d-MMM-uuuu")
		.toFormatter(Locale.ENGLISH);

	@Override
	public @Nullable LocalDate deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return parse(parser.getString());
		}
		if (token == JsonToken.START_OBJECT) {
			return readDateObject(parser);
		}
		parser.skipChildren();
		return null;
	}

	private @Nullable LocalDate readDateObject(JsonParser parser) {
		LocalDate date = null;
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			String name = parser.currentName();
			JsonToken valueToken = parser.nextToken();
			if ("value".equals(name) && valueToken == JsonToken.VALUE_STRING) {
				date = parse(parser.getString());
			}
			else {
				parser.skipChildren();
			}
		}
		return date;
	}

	static @Nullable LocalDate parse(String text) {
		String trimmed = text.trim();
		if (trimmed.length() < ISO_DATE_LENGTH) {
			return null;
		}
		try {
			return (Character.isLetter(trimmed.charAt(3)) || Character.isLetter(trimmed.charAt(2)))
					? LocalDate.parse(trimmed, DAY_MONTH_YEAR) : LocalDate.parse(trimmed.substring(0, ISO_DATE_LENGTH));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
