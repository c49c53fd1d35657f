package io.github.ciscosupport.client.eox;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.Fixtures;
import io.github.ciscosupport.client.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EoxByDatesTests {

	private static final String BY_DATES = "/supporttools/eox/rest/5/EOXByDates/";

	private static final LocalDate START = LocalDate.of(2020, 1, 1);

	private static final LocalDate END = LocalDate.of(2020, 12, 31);

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** Counts exchanges when they start, which is when a page is requested. */
	private final AtomicInteger pagesRequested = new AtomicInteger();

	private final EoxClient eox = TestClients.builder(cisco.baseUrl())
		.webClientBuilder(WebClient.builder().filter(ExchangeFilterFunction.ofRequestProcessor((request) -> {
			this.pagesRequested.incrementAndGet();
			return Mono.just(request);
		})))
		.build()
		.eox();

	@Test
	void streamsTheRecordsOfEveryPageWithTheAttribute() {
		for (int page = 1; page <= 3; page++) {
			cisco.stubFor(get(urlEqualTo(BY_DATES + page + "/2020-01-01/2020-12-31?responseencoding=json&eoxAttrib=EO_LAST_SUPPORT_DATE"))
				.willReturn(okJson(EoxPages.page(page, 3, "PID-" + page, "2020-01-01 , 2020-12-31 , EO_LAST_SUPPORT_DATE"))));
		}
		EoxDateQuery lastDateOfSupport = EoxDateQuery.none().attribute(EoxDateAttribute.LAST_DATE_OF_SUPPORT);
		StepVerifier.create(this.eox.byDates(START, END, lastDateOfSupport).map(EoxRecord::eolProductId))
			.expectNext("PID-1", "PID-2", "PID-3")
			.verifyComplete();
	}

	@Test
	void requestsAPageOnlyWhenTheRecordsBeforeItAreConsumed() {
		stubPages(3, 2);
		StepVerifier.create(this.eox.byDates(START, END), 1)
			.expectNextCount(1)
			.then(() -> assertThat(this.pagesRequested).hasValue(1))
			.thenRequest(1)
			.expectNextCount(1)
			.thenRequest(1)
			.expectNextCount(1)
			.then(() -> assertThat(this.pagesRequested).hasValue(2))
			.thenCancel()
			.verify();
		cisco.verify(0, getRequestedFor(urlPathMatching(BY_DATES + "3/.*")));
	}

	@Test
	void aHundredPageWalkHandsOutRecordsBeforeReadingFurtherPages() {
		stubPages(100, 10);
		StepVerifier.create(this.eox.byDates(START, END), 1)
			.expectNextCount(1)
			.then(() -> assertThat(this.pagesRequested).hasValue(1))
			.thenRequest(Long.MAX_VALUE)
			.expectNextCount(999)
			.verifyComplete();
		assertThat(this.pagesRequested).hasValue(100);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"EOXError\":{\"ErrorID\":\"SSA_ERR_022\",\"ErrorDescription\":\"EOX information does not exist for the given date range\"}}",
			"{\"PaginationResponseRecord\":{\"PageIndex\":1,\"LastIndex\":0,\"TotalRecords\":0,\"PageRecords\":0},\"EOXRecord\":[]}" })
	void aRangeWithoutRecordsIsEmptyAfterOnePage(String firstPage) {
		cisco.stubFor(get(urlPathMatching(BY_DATES + "\\d+/.*")).willReturn(okJson(firstPage)));
		StepVerifier.create(this.eox.byDates(START, END)).verifyComplete();
		assertThat(this.pagesRequested).hasValue(1);
	}

	@Test
	void anotherTopLevelErrorFailsTheWalk() {
		cisco.stubFor(get(urlPathMatching(BY_DATES + "1/.*"))
			.willReturn(okJson("{\"EOXError\":{\"ErrorID\":\"SSA_ERR_011\",\"ErrorDescription\":\"The EOX service is unavailable\"}}")));
		StepVerifier.create(this.eox.byDates(START, END))
			.expectErrorSatisfies((ex) -> assertThat(ex).isExactlyInstanceOf(CiscoSupportApiException.class)
				.hasMessageContaining("SSA_ERR_011"))
			.verify();
	}

	@Test
	void accessDeniedFailsTheWalkWithTheAuthorizationException() {
		cisco.stubFor(get(urlPathMatching(BY_DATES + "1/.*")).willReturn(okJson(Fixtures.read("eox/access-denied.json"))));
		StepVerifier.create(this.eox.byDates(START, END)).expectError(CiscoSupportAuthorizationException.class).verify();
	}

	@Test
	void rejectsAReversedRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.eox.byDates(END, START));
	}

	/** One stub answers every page: the walker goes by the page number it asked for. */
	private void stubPages(int lastIndex, int recordsPerPage) {
		cisco.stubFor(get(urlPathMatching(BY_DATES + "\\d+/2020-01-01/2020-12-31"))
			.willReturn(okJson(EoxPages.fullPage(1, lastIndex, recordsPerPage))));
	}

}
