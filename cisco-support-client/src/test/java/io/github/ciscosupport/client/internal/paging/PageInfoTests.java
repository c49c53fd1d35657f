package io.github.ciscosupport.client.internal.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PageInfoTests {

	// strict about unknown properties: the annotations alone must make the type tolerant
	private final JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	@ParameterizedTest
	@ValueSource(strings = { "{\"PageIndex\":1,\"LastIndex\":3,\"TotalRecords\":2216,\"PageRecords\":1000}",
			"{\"last_index\":3,\"page_index\":1,\"page_records\":1000,\"self_link\":\"https://api.cisco.com/x?page_index=1\",\"title\":\"Bug API\",\"total_records\":2216}",
			"{\"pageIndex\":1,\"lastIndex\":3,\"totalRecords\":2216,\"pageRecords\":1000}",
			"{\"pageIndex\":\"1\",\"lastIndex\":\"3\",\"totalRecords\":\"2216\",\"pageRecords\":\"1000\",\"title\":\"Service Order RMA API\",\"selfLink\":\"x\"}" })
	void readsEveryIndexedShape(String json) {
		PageInfo page = this.mapper.readValue(json, PageInfo.class);
		assertThat(page).isEqualTo(new PageInfo(1, 3, 2216, 1000, null, null, 0));
		assertThat(page.hasPageAfter(1)).isTrue();
		assertThat(page.hasPageAfter(2)).isTrue();
		assertThat(page.hasPageAfter(3)).isFalse();
	}

	@Test
	void readsPsirtPaging() {
		PageInfo first = this.mapper.readValue("{\"next\":\"/year/2023?pageIndex=2&pageSize=10\",\"prev\":\"NA\",\"count\":79}", PageInfo.class);
		assertThat(first.count()).isEqualTo(79);
		assertThat(first.hasPageAfter(1)).isTrue();
		PageInfo last = this.mapper.readValue("{\"next\":\"NA\",\"prev\":\"/year/2023?pageIndex=7&pageSize=10\",\"count\":79}", PageInfo.class);
		assertThat(last.hasPageAfter(8)).isFalse();
	}

	@Test
	void anAllZeroBlockHasNoNextPage() {
		PageInfo allZero = this.mapper.readValue("{\"last_index\":0,\"page_index\":0,\"page_records\":0,\"total_records\":0}", PageInfo.class);
		assertThat(allZero.hasPageAfter(1)).isFalse();
	}

	@Test
	void absentAndEmptyValuesReadAsZero() {
		assertThat(this.mapper.readValue("{\"pageIndex\":\"\",\"lastIndex\":null}", PageInfo.class))
			.isEqualTo(new PageInfo(0, 0, 0, 0, null, null, 0));
	}

}
