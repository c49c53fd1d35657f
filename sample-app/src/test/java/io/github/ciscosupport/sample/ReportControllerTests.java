package io.github.ciscosupport.sample;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

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

	private WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
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

}
