package io.github.ciscosupport.client.internal.json;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the timestamps of the Cisco Support APIs into a {@link LocalDateTime}: PSIRT's
 * {@code "2022-04-13T23:00:00"} and {@code "2011-11-07T16:36:55-0600"}, and Case's
 * {@code "2021-09-30T14:46:09.000Z"}. A timestamp with an offset is converted to UTC; one without
 * is taken as written. An empty or unparsable value reads as {@code null}, so that one odd
 * timestamp does not fail a whole page.
 */
public class CiscoDateTimeDeserializer extends ValueDeserializer<LocalDateTime> {

	// Offsets come as "Z", "-0600" or "-06:00", with or without fractional seconds.
	private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.toFormatter();

	@Override
	public @Nullable LocalDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			return parse(parser.getString());
		}
		parser.skipChildren();
		return null;
	}

	static @Nullable LocalDateTime parse(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			TemporalAccessor parsed = FORMAT.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from);
			return (parsed instanceof OffsetDateTime withOffset)
					? withOffset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() : (LocalDateTime) parsed;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
