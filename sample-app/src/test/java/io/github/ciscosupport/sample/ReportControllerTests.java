package io.github.ciscosupport.sample;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.github.ciscosupport.sample.ReportController.RunStarted;
import io.github.ciscosupport.sample.ReportProgress.ApiProgress;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RecordedRequest;
import io.github.ciscosupport.test.simulator.data.Device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/reports} and the page's other endpoints, on a real server against the
 * embedded simulator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "cisco.support.rate-limit.enabled=false")
class ReportControllerTests {

	private static final String INVENTORY = """
			hostname,serial,pid,software_type,version
			core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10
			broken,FHK0933224R
			ghost,ZZZ00000000,WS-C3560-48PS-S,,
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private CiscoSupportSimulator simulator;

	@Autowired
	private SimulatorData simulatorData;

	private WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(60))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	@AfterEach
	void clearFaults() {
		this.simulator.faults().clear();
	}

	@Test
	void reportsACsvInventoryAsJsonWithTheSkippedRowsAndUnknownSerials() {
		this.http.post()
			.uri("/api/reports")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(INVENTORY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.simulator").isEqualTo(true)
			.jsonPath("$.summary.devices").isEqualTo(2)
			.jsonPath("$.summary.rejectedRows").isEqualTo(1)
			.jsonPath("$.summary.notFoundAtCisco").isEqualTo(1)
			.jsonPath("$.rejectedRows[0].line").isEqualTo(3)
			.jsonPath("$.devices[0].lastDateOfSupport").isEqualTo("2012-06-29")
			.jsonPath("$.devices[0].highestSeverity").isEqualTo("Critical")
			.jsonPath("$.devices[1].notes[0]").isEqualTo("not found at Cisco");
	}

	@Test
	void reportsAJsonInventoryAndDownloadsTheReportAsCsv() {
		AtomicReference<String> id = new AtomicReference<>();
		this.http.post()
			.uri("/api/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					[{"hostname":"core-1","serial":"FHK0933224R","pid":"CISCO1811W-AG-A/K9",
					  "softwareType":"IOS","softwareVersion":"15.2(2)E10"},
					 {"hostname":"no-serial","pid":"WS-C3560-48PS-S"}]
					""")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.summary.devices").isEqualTo(1)
			.jsonPath("$.rejectedRows[0].line").isEqualTo(2)
			.jsonPath("$.rejectedRows[0].reason").isEqualTo("no serial number")
			.jsonPath("$.id").value(String.class, id::set);

		String csv = this.http.get()
			.uri("/api/reports/{id}/csv", id.get())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv.lines()).hasSize(2).first().isEqualTo(ReportCsv.HEADER);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow())
			.startsWith("1,core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS,15.2(2)E10,true,Cisco 1811W Integrated Services Router,2007-06-29,");
	}

	@Test
	void servesThePageAndTheSimulatorsSampleInventory() {
		this.http.get().uri("/api/info").exchange().expectBody().jsonPath("$.simulator").isEqualTo(true);
		String sample = this.http.get()
			.uri("/api/sample-inventory")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(sample.lines()).hasSize(SampleInventory.DEFAULT_SIZE + 1).first().isEqualTo(InventoryReader.HEADER);
		this.http.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Inventory lifecycle report").contains("app.js"));
	}

	@Test
	void answersAnUnusableInventoryWithOneSentenceAndStatus400() {
		this.http.post()
			.uri("/api/reports")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue("hostname,pid\ncore-1,WS-C3560-48PS-S\n")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The inventory's header (hostname,pid) has no serial number column: name it serial, "
					+ "serial_number or sn");
	}

	@Test
	void followsTheProgressOfAReportAsServerSentEvents() {
		// EoX answers slowly, so the run is still going when the events are asked for.
		this.simulator.faults().latency(Api.EOX, Duration.ofSeconds(1));
		RunStarted run = start(SampleInventory.csv(this.simulator.catalogue(), 40));

		List<RunEvent> events = events(run.id());

		assertThat(run.devices()).isEqualTo(40);
		assertThat(events).isNotEmpty();
		RunEvent last = events.get(events.size() - 1);
		assertThat(last.type()).isEqualTo(RunEvent.DONE);
		assertThat(events.subList(0, events.size() - 1)).isNotEmpty().allSatisfy((event) -> {
			assertThat(event.type()).isEqualTo(RunEvent.PROGRESS);
			assertThat(event.apis()).extracting(ApiProgress::name).containsExactlyElementsOf(LifecycleReportService.APIS);
			assertThat(event.answered()).isLessThanOrEqualTo(event.total());
		});
		this.http.get()
			.uri("/api/reports/{id}", last.reportId())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.summary.devices")
			.isEqualTo(40);
	}

	@Test
	void cancellingARunStopsItsCiscoCalls() {
		// Every answer takes 2 s: the first lookups of each API are in flight, none answered, when
		// the run is cancelled; the calls that would follow their answers must never leave.
		this.simulator.faults().latency(Duration.ofSeconds(2));
		this.simulator.requests().clear();
		RunStarted run = start(this.simulatorData.sampleInventory().orElseThrow());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.simulator.requests().apiRequests().stream().map(RecordedRequest::api).distinct().count() == 5);

		this.http.delete().uri("/api/runs/{id}", run.id()).exchange().expectStatus().isNoContent();
		int callsWhenCancelled = this.simulator.requests().apiCalls();

		assertThat(events(run.id())).extracting(RunEvent::type).last().isEqualTo(RunEvent.CANCELLED);
		// Another report takes longer than the answers in flight: had the cancelled run gone on,
		// its next calls would have left meanwhile.
		Device other = this.simulator.catalogue().devices().get(1);
		this.http.post()
			.uri("/api/reports")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue("serial\n" + other.serialNumber() + "\n")
			.exchange()
			.expectStatus()
			.isOk();
		List<RecordedRequest> calls = this.simulator.requests().apiRequests();
		assertThat(calls.subList(callsWhenCancelled, calls.size())).isNotEmpty()
			.allSatisfy((call) -> assertThat(call.inputs()).containsExactly(other.serialNumber()));
	}

	private RunStarted start(String csv) {
		return this.http.post()
			.uri("/api/runs")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(RunStarted.class)
			.returnResult()
			.getResponseBody();
	}

	private List<RunEvent> events(String runId) {
		return this.http.get()
			.uri("/api/runs/{id}/events", runId)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<RunEvent>>() {
			})
			.getResponseBody()
			.map(ServerSentEvent::data)
			.collectList()
			.block(Duration.ofSeconds(60));
	}

}
