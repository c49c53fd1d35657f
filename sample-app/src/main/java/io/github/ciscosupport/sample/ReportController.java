package io.github.ciscosupport.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.github.ciscosupport.sample.Inventory.RejectedRow;

/**
 * The REST API behind the page: {@code POST /api/reports} with a CSV or JSON inventory answers
 * the report as JSON; the last reports can be downloaded again as CSV.
 */
@RestController
class ReportController {

	static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	private final LifecycleReportService reports;

	private final ReportStore store;

	private final SimulatorData simulator;

	ReportController(LifecycleReportService reports, ReportStore store, SimulatorData simulator) {
		this.reports = reports;
		this.store = store;
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
	Mono<LifecycleReport> fromCsv(@RequestBody String csv) {
		return report(InventoryReader.read(csv));
	}

	@PostMapping(path = "/api/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<LifecycleReport> fromJson(@RequestBody List<JsonDevice> devices) {
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
		return report(new Inventory(accepted, rejected));
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

	private Mono<LifecycleReport> report(Inventory inventory) {
		return this.reports.report(inventory, ProgressListener.NONE).map(this.store::keep);
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

}
