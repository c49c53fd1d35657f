package io.github.ciscosupport.client.eox;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.Fixtures;
import io.github.ciscosupport.client.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every field Cisco sends is kept: fields the records do not model land in their map. */
class EoxFieldsTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final EoxClient eox = TestClients.on(cisco.baseUrl()).eox();

	@Test
	void keepsFieldsItDoesNotModelOnTheRecordAndItsMigrationDetails() {
		String body = Fixtures.read("eox/by-serial-number.json")
			.replace("\"EOXInputType\"", "\"EOXSupportStatus\":{\"Code\":\"LDOS\",\"Since\":2012},\"EOXInputType\"")
			.replace("\"PIDActiveFlag\"", "\"MigrationAvailability\":\"Orderable\",\"PIDActiveFlag\"");
		cisco.stubFor(get(anyUrl()).willReturn(okJson(body)));
		EoxRecord record = this.eox.bySerialNumbers(List.of("FHK0933224R")).blockFirst().valueOrThrow().get(0);
		assertThat(record.unknownFields()).containsOnly(Map.entry("EOXSupportStatus", Map.of("Code", "LDOS", "Since", 2012)));
		assertThat(record.migrationDetails().unknownFields()).containsOnly(Map.entry("MigrationAvailability", "Orderable"));
		assertThat(record.lastDateOfSupport()).hasToString("2012-06-29");
	}

	@Test
	void aRecordWithoutExtraFieldsHasAnEmptyUnmodifiableMap() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("eox/by-serial-number.json"))));
		EoxRecord record = this.eox.bySerialNumbers(List.of("FHK0933224R")).blockFirst().valueOrThrow().get(0);
		assertThat(record.unknownFields()).isEmpty();
		assertThat(record.migrationDetails().unknownFields()).isEmpty();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> record.unknownFields().put("X", "Y"));
	}

	@Test
	void writingARecordGivesTheUnknownFieldsBackUnderTheirCiscoNames() {
		String body = Fixtures.read("eox/by-serial-number.json").replace("\"EOXInputType\"", "\"EOXNote\":null,\"EOXInputType\"");
		JsonMapper mapper = JsonMapper.builder().build();
		EoxRecord record = mapper.readValue(body, EoxResponse.class).records().get(0);
		assertThat(record.unknownFields()).containsEntry("EOXNote", null);
		String written = mapper.writeValueAsString(record);
		assertThat(written).contains("\"EOXNote\":null").contains("\"EOLProductID\":\"CISCO1811W-AG-A/K9\"")
			.doesNotContain("unknownFields");
		assertThat(mapper.readValue(written, EoxRecord.class)).isEqualTo(record);
	}

}
