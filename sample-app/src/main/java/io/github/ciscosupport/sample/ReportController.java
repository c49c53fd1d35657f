package io.github.ciscosupport.sample;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.github.ciscosupport.sample.Inventory.RejectedRow;

/**
 * The REST API behind the page. {@code POST /api/reports} with a CSV or JSON inventory answers
 * the report as JSON; the last reports can be downloaded again as CSV. The page starts a report
 * with {@code POST /api/runs}, follows its progress as server-sent events on
 * {@code GET /api/runs/{id}/events} and cancels it with {@code DELETE /api/runs/{id}}.
 */
@RestController
class ReportController {

	static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	private static final String INVENTORY = "The inventory";

	private final LifecycleReportService reports;

	private final ReportStore store;

	private final ReportRuns runs;

	private final SimulatorData simulator;

	ReportController(LifecycleReportService reports, ReportStore store, ReportRuns runs, SimulatorData simulator) {
		this.reports = reports;
		this.store = store;
		this.runs = runs;
		this.simulator = simulator;
	}

	@GetMapping("/api/info")
	Map<String, Object> info() {
		return Map.of("simulator", this.simulator.active(), "csvHeader", InventoryReader.HEADER);
	}

	@GetMapping(path = "/api/sample-inventory", produces = "text/csv")
	String sampleInventory() {
		return this.simulator.sampleInventory().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
				"The sample inventory exists only when the application runs against the simulator"));
	}

	@PostMapping(path = "/api/reports", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	Mono<LifecycleReport> fromCsv(@RequestBody(required = false) byte @Nullable [] csv) {
		return report(fromCsvBytes(csv));
	}

	@PostMapping(path = "/api/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<LifecycleReport> fromJson(@RequestBody List<JsonDevice> devices) {
		return report(fromJsonDevices(devices));
	}

	@PostMapping(path = "/api/runs", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<RunStarted> start(@RequestBody(required = false) byte @Nullable [] csv) {
		Inventory inventory = fromCsvBytes(csv);
		ReportRun run = this.runs.start(inventory);
		return ResponseEntity.accepted()
			.location(URI.create("/api/runs/" + run.id()))
			.body(new RunStarted(run.id(), inventory.devices().size(), inventory.rejectedRows().size()));
	}

	@GetMapping(path = "/api/runs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<RunEvent>> events(@PathVariable String id) {
		return run(id).events().map((event) -> ServerSentEvent.builder(event).event(event.type()).build());
	}

	@DeleteMapping("/api/runs/{id}")
	ResponseEntity<Void> cancel(@PathVariable String id) {
		run(id).cancel();
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/reports/{id}")
	LifecycleReport get(@PathVariable String id) {
		return stored(id);
	}

	@GetMapping("/api/reports/{id}/csv")
	ResponseEntity<String> csv(@PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lifecycle-report.csv\"")
			.body(ReportCsv.write(stored(id)));
	}

	/** An inventory that cannot be used is the client's mistake: 400, with the reader's sentence. */
	@ExceptionHandler(InventoryException.class)
	ProblemDetail badInventory(InventoryException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Unusable inventory");
		return problem;
	}

	private static Inventory fromCsvBytes(byte @Nullable [] csv) {
		return InventoryReader.read((csv != null) ? csv : new byte[0], INVENTORY);
	}

	private static Inventory fromJsonDevices(List<JsonDevice> devices) {
		List<InventoryDevice> accepted = new ArrayList<>();
		List<RejectedRow> rejected = new ArrayList<>();
		for (int i = 0; i < devices.size(); i++) {
			JsonDevice json = devices.get(i);
			InventoryDevice device = new InventoryDevice(i + 1, json.hostname(), json.serialNumber(), json.productId(),
					json.softwareType(), json.softwareVersion());
			String problem = InventoryReader.problem(device);
			if (problem == null) {
				accepted.add(device);
			}
			else {
				rejected.add(new RejectedRow(i + 1, json.toString(), problem));
			}
		}
		return InventoryReader.inventory(INVENTORY, accepted, rejected, List.of(), "");
	}

	private Mono<LifecycleReport> report(Inventory inventory) {
		return this.reports.report(inventory, ProgressListener.NONE).map(this.store::keep);
	}

	private ReportRun run(String id) {
		return this.runs.get(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No report run " + id));
	}

	private LifecycleReport stored(String id) {
		return this.store.get(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No report " + id + " (the last 16 are kept)"));
	}

	/**
	 * A device in a JSON inventory; the CSV header's names are accepted too.
	 */
	record JsonDevice(String hostname, @JsonAlias("serial") String serialNumber, @JsonAlias("pid") String productId,
			@JsonAlias("software_type") String softwareType, @JsonAlias("version") String softwareVersion) {

	}

	/**
	 * A report the page started.
	 *
	 * @param id the run, for its events and to cancel it
	 * @param devices the devices it reports on
	 * @param rejectedRows the rows skipped
	 */
	record RunStarted(String id, int devices, int rejectedRows) {

	}

}
