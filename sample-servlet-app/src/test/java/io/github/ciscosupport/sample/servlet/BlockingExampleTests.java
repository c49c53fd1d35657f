package io.github.ciscosupport.sample.servlet;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RateLimit;
import io.github.ciscosupport.test.simulator.RecordedRequest;
import io.github.ciscosupport.test.spring.AutoConfigureCiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's blocking example running in a servlet application on Tomcat against the
 * simulator, over real HTTP: the blocking typed client, the {@code ciscoSupportRestClient} and an
 * {@code @HttpExchange} interface in the group {@code cisco-support}. Run with virtual threads on
 * and off by the two subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// The simulator's own per-second limit answers with Retry-After; the client does not pace.
		properties = "cisco.support.rate-limit.enabled=false")
@AutoConfigureCiscoSupportSimulator
@Import(BlockingExampleTests.ThreadReport.class)
abstract class BlockingExampleTests {

	@LocalServerPort
	int port;

	@Autowired
	CiscoSupportSimulator sim;

	@Autowired
	@Qualifier("ciscoSupportRestClient")
	RestClient ciscoRestClient;

	/** Whether requests are expected on virtual threads. */
	abstract boolean virtualThreads();

	@Test
	void endOfLifeAnswersEverySerialNumberInOrder() {
		String serial = this.sim.catalogue().devices().get(0).serialNumber();
		List<Map<String, Object>> answers = app().get()
			.uri("/end-of-life?serials={serial},{bad}", serial, "not a serial")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(answers).extracting((answer) -> answer.get("serialNumber")).containsExactly(serial, "not a serial");
		assertThat(answers.get(0)).containsEntry("error", null);
		assertThat(answers.get(1)).containsEntry("error", "INVALID_INPUT");
	}

	@Test
	void requestsRunOnVirtualThreadsOnlyWhenEnabledOnAJavaThatHasThem() {
		String thread = app().get().uri("/thread").retrieve().body(String.class);
		boolean expected = virtualThreads() && Runtime.version().feature() >= 21;
		assertThat(thread.startsWith("VirtualThread")).as(thread).isEqualTo(expected);
	}

	@Test
	void restClientAndHttpExchangeCallCiscoWithTheToken() {
		String productId = this.sim.catalogue().devices().get(0).productId();
		assertThat(app().get().uri("/raw/eox?productId={productId}", productId).retrieve().body(String.class))
			.contains("EOXRecord");
		assertThat(app().get().uri("/http-exchange/eox?productId={productId}", productId).retrieve().body(String.class))
			.contains("EOXRecord");
		assertThat(this.sim.requests().calls(Api.EOX)).hasSize(2)
			.allSatisfy((call) -> assertThat(call.header("Authorization")).startsWith("Bearer "));
		// One token for the process, fetched by whichever call came first.
		assertThat(this.sim.requests().tokenCalls()).isLessThanOrEqualTo(1);
	}

	@Test
	void revokedTokenIsReplacedAndTheBlockedCallRetried() {
		String productId = this.sim.catalogue().devices().get(0).productId();
		this.ciscoRestClient.get().uri("/supporttools/eox/rest/5/EOXByProductID/1/{productId}", productId).retrieve().toBodilessEntity();
		int tokenCalls = this.sim.requests().tokenCalls();
		this.sim.faults().revokeAllTokens();
		assertThat(app().get().uri("/raw/eox?productId={productId}", productId).retrieve().body(String.class)).contains("EOXRecord");
		assertThat(this.sim.requests().tokenCalls()).isEqualTo(tokenCalls + 1);
		assertThat(this.sim.requests().calls(Api.EOX)).extracting(RecordedRequest::status).containsExactly(200, 401, 200);
	}

	@Test
	void throttledCallWaitsForRetryAfterOnItsOwnThread() {
		String productId = this.sim.catalogue().devices().get(0).productId();
		this.sim.faults().rateLimit(Api.EOX, RateLimit.perSecond(1));
		app().get().uri("/raw/eox?productId={productId}", productId).retrieve().toBodilessEntity();
		assertThat(app().get().uri("/http-exchange/eox?productId={productId}", productId).retrieve().body(String.class))
			.contains("EOXRecord");
		assertThat(this.sim.requests().calls(Api.EOX)).extracting(RecordedRequest::status).containsExactly(200, 403, 200);
	}

	private RestClient app() {
		return RestClient.create("http://localhost:" + this.port);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class ThreadReport {

		@GetMapping("/thread")
		String thread() {
			return Thread.currentThread().toString();
		}

	}

}
