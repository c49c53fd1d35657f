package io.github.ciscosupport.client.eox;

import io.github.ciscosupport.client.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The records read with a plain mapper that is strict about unknown properties. */
class EoxResponseJsonTests {

	private final JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	@Test
	void readsARecordedPage() {
		EoxResponse page = this.mapper.readValue(Fixtures.read("eox/by-serial-number.json"), EoxResponse.class);
		assertThat(page.pagination().totalRecords()).isEqualTo(1);
		assertThat(page.records()).singleElement().satisfies((record) -> {
			assertThat(record.externalAnnouncementDate()).hasToString("2007-06-12");
			assertThat(record.endOfSecurityVulnerabilitySupportDate()).isNull();
			assertThat(record.inputType()).isEqualTo("ShowEOXBySerialNumber");
		});
		assertThat(page.topLevelErrors()).isEmpty();
	}

	@Test
	void readsASingleRecordObjectWithStringNumbers() {
		EoxResponse page = this.mapper.readValue(Fixtures.read("eox/single-record-object.json"), EoxResponse.class);
		assertThat(page.pagination().lastIndex()).isEqualTo(1);
		assertThat(page.records()).extracting(EoxRecord::eolProductId).containsExactly("WS-C2960-24TT-L");
	}

	@Test
	void readsNullOrMissingRecordsAsAnEmptyList() {
		assertThat(this.mapper.readValue(Fixtures.read("eox/null-record.json"), EoxResponse.class).records()).isEmpty();
		EoxResponse error = this.mapper.readValue(Fixtures.read("eox/top-level-error.json"), EoxResponse.class);
		assertThat(error.records()).isEmpty();
		assertThat(error.pagination()).isNull();
		assertThat(error.topLevelErrors()).singleElement().satisfies((item) -> assertThat(item.code()).isEqualTo("SSA_ERR_010"));
	}

}
