package io.github.ciscosupport.client.internal.json;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CiscoDeserializersTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "'\"YES\"', true", "'\"Y\"', true", "'\"yes\"', true", "'\"true\"', true",
			"'\"1\"', true", "true, true", "1, true", "'\"NO\"', false", "'\"N\"', false", "'\"false\"', false",
			"false, false", "0, false", "'\"\"', null", "'\"maybe\"', null", "null, null", "'{\"a\":1}', null" })
	void readsCiscoBooleans(String json, @Nullable Boolean expected) {
		assertThat(this.mapper.readValue("{\"flag\":" + json + ",\"after\":\"kept\"}", Flag.class))
			.isEqualTo(new Flag(expected, "kept"));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "'{\"value\":\"2022-04-30\",\"dateFormat\":\"YYYY-MM-DD\"}', 2022-04-30",
			"'{\"dateFormat\":\"YYYY-MM-DD\",\"value\":\"2022-04-30\"}', 2022-04-30",
			"'{\"value\":\"\",\"dateFormat\":null}', null", "'{\"value\":\"\",\"dateFormat\":\"YYYY-MM-DD\"}', null",
			"'{}', null", "'\"2023-12-31\"', 2023-12-31", "'\"2021-09-30T14:46:09.000Z\"', 2021-09-30", "'\"\"', null",
			"'\"11-Mar-2021\"', 2021-03-11", "'\"1-SEP-2021\"', 2021-09-01", "'\"11-Foo-2021\"', null", "null, null", "20230101, null" })
	void readsCiscoDates(String json, @Nullable LocalDate expected) {
		assertThat(this.mapper.readValue("{\"date\":" + json + ",\"after\":\"kept\"}", Dated.class))
			.isEqualTo(new Dated(expected, "kept"));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "'\"2022-04-13T23:00:00\"', 2022-04-13T23:00:00",
			"'\"2011-11-07T16:36:55-0600\"', 2011-11-07T22:36:55", "'\"2021-09-30T14:46:09.000Z\"', 2021-09-30T14:46:09",
			"'\"2021-09-30T14:46:09+02:00\"', 2021-09-30T12:46:09", "'\"\"', null", "'\"NA\"', null", "null, null",
			"'[1]', null" })
	void readsCiscoTimestamps(String json, @Nullable LocalDateTime expected) {
		assertThat(this.mapper.readValue("{\"time\":" + json + ",\"after\":\"kept\"}", Timed.class))
			.isEqualTo(new Timed(expected, "kept"));
	}

	record Timed(@JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime time, String after) {
	}

	record Flag(@JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean flag, String after) {
	}

	record Dated(@JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate date, String after) {
	}

}
