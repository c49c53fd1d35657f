package io.github.ciscosupport.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.CiscoSupportException;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.coverage.CoverageSummary;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.eox.EoxRecord;
import io.github.ciscosupport.client.product.ProductInfo;
import io.github.ciscosupport.client.product.ProductInfoClient;
import io.github.ciscosupport.client.psirt.SecurityAdvisory;
import io.github.ciscosupport.client.psirt.SecurityAdvisoryClient;
import io.github.ciscosupport.client.software.SoftwareSuggestion;
import io.github.ciscosupport.client.software.SoftwareSuggestionClient;
import io.github.ciscosupport.client.software.SuggestedRelease;
import io.github.ciscosupport.sample.Column.Answer;
import io.github.ciscosupport.sample.ReportProgress.ApiProgress;

/**
 * Builds a {@link LifecycleReport} from five Cisco APIs. Each API is asked once per distinct key
 * (product ID, serial number, OS release), all five at the same time: the shared rate limiter
 * paces them, so the run takes as long as the calls the rate limit allows, not their sum. EoX is
 * asked by product ID, and by serial number only where that answer is not usable for a device
 * ({@link EoxAnswers}).
 * <p>
 * The returned {@code Mono} does nothing until subscribed; disposing the subscription cancels
 * the lookups that are waiting or in flight, and no further call leaves.
 */
class LifecycleReportService {

	static final String EOX = "EoX";

	static final String COVERAGE = "SN2INFO coverage";

	static final String PRODUCT_INFO = "Product Info";

	static final String SOFTWARE = "Software Suggestion";

	static final String ADVISORIES = "PSIRT advisories";

	static final List<String> APIS = List.of(EOX, COVERAGE, PRODUCT_INFO, SOFTWARE, ADVISORIES);

	static final String NOT_FOUND_AT_CISCO = "not found at Cisco";

	static final String NO_END_OF_LIFE = "no end of life announced";

	// PSIRT answers one release per call and allows 30 calls a minute: a few in flight is plenty.
	private static final int ADVISORY_QUERIES_IN_FLIGHT = 4;

	private final EoxClient eox;

	private final CoverageClient coverage;

	private final ProductInfoClient productInfo;

	private final SoftwareSuggestionClient software;

	private final SecurityAdvisoryClient psirt;

	private final Clock clock;

	private final boolean simulator;

	LifecycleReportService(EoxClient eox, CoverageClient coverage, ProductInfoClient productInfo,
			SoftwareSuggestionClient software, SecurityAdvisoryClient psirt, Clock clock, boolean simulator) {
		this.eox = eox;
		this.coverage = coverage;
		this.productInfo = productInfo;
		this.software = software;
		this.psirt = psirt;
		this.clock = clock;
		this.simulator = simulator;
	}

	Mono<LifecycleReport> report(Inventory inventory, ProgressListener listener) {
		List<InventoryDevice> devices = inventory.devices();
		List<String> serials = distinct(devices.stream().map(InventoryDevice::serialNumber));
		List<String> productIds = distinct(devices.stream().map(InventoryDevice::productId));
		List<String> softwareProductIds = distinct(
				devices.stream().filter((d) -> !d.softwareType().isEmpty()).map(InventoryDevice::productId));
		List<String> releases = distinct(devices.stream().map(LifecycleReportService::releaseKey));
		Progress progress = new Progress(listener);
		progress.expect(EOX, productIds.size());
		progress.expect(COVERAGE, serials.size());
		progress.expect(PRODUCT_INFO, productIds.size());
		progress.expect(SOFTWARE, softwareProductIds.size());
		progress.expect(ADVISORIES, releases.size());
		Mono<Column<EoxRecord>> eoxByProductId = column(EOX, productIds, this.eox::byProductIds,
				(records) -> records.get(0), NO_END_OF_LIFE, progress);
		Mono<Column<CoverageSummary>> coverageColumn = column(COVERAGE, serials,
				this.coverage::summaryBySerialNumbers, Function.identity(), NOT_FOUND_AT_CISCO, progress);
		// The serial numbers EoX needs depend on the PID answers and on SN2INFO's: they go second.
		Mono<Tuple2<EoxAnswers, Column<CoverageSummary>>> eoxAndCoverage = Mono.zip(eoxByProductId, coverageColumn)
			.flatMap((both) -> bySerialNumbers(devices, both.getT1(), both.getT2(), progress)
				.map((eox) -> Tuples.of(eox, both.getT2())));
		Mono<Column<String>> productColumn = column(PRODUCT_INFO, productIds, this.productInfo::byProductIds,
				ProductInfo::productName, "product ID unknown to Product Info", progress);
		Mono<Column<List<SoftwareSuggestion>>> softwareColumn = column(SOFTWARE, softwareProductIds,
				this.software::releasesByProductIds, Function.identity(), "no suggested release", progress);
		Mono<Column<List<SecurityAdvisory>>> advisoryColumn = column(ADVISORIES, releases, this::advisories,
				Function.identity(), "no advisories", progress);
		return Mono.zip(eoxAndCoverage, productColumn, softwareColumn, advisoryColumn)
			.map((columns) -> assemble(inventory, new Columns(columns.getT1().getT1(), columns.getT1().getT2(),
					columns.getT2(), columns.getT3(), columns.getT4())));
	}

	private Mono<EoxAnswers> bySerialNumbers(List<InventoryDevice> devices, Column<EoxRecord> byProductId,
			Column<CoverageSummary> coverage, Progress progress) {
		List<String> serials = distinct(devices.stream()
			.filter((device) -> EoxAnswers.needsSerialNumber(device, byProductId, coverage))
			.map(InventoryDevice::serialNumber));
		progress.expectMore(EOX, serials.size());
		return column(EOX, serials, this.eox::bySerialNumbers, (records) -> records.get(0), NO_END_OF_LIFE, progress)
			.map((bySerialNumber) -> new EoxAnswers(byProductId, bySerialNumber));
	}

	private LifecycleReport assemble(Inventory inventory, Columns columns) {
		LocalDate asOf = LocalDate.now(this.clock);
		Map<String, List<Integer>> duplicates = inventory.duplicateSerialNumbers();
		List<DeviceReport> reports = inventory.devices()
			.stream()
			.map((device) -> columns.device(device, asOf, duplicates))
			.toList();
		List<String> warnings = new ArrayList<>(inventory.warnings());
		if (!duplicates.isEmpty()) {
			warnings.add(duplicates.size() + ((duplicates.size() == 1) ? " serial number is" : " serial numbers are")
					+ " listed more than once: " + String.join(", ", duplicates.keySet().stream().limit(5).toList())
					+ ((duplicates.size() > 5) ? "..." : "") + " (see the devices' notes)");
		}
		return new LifecycleReport(UUID.randomUUID().toString(), Instant.now(this.clock), asOf, this.simulator,
				LifecycleReport.Summary.of(reports, inventory.rejectedRows().size(), duplicates.size(), asOf), reports,
				columns.advisories(reports), inventory.rejectedRows(), List.copyOf(warnings), columns.unavailable());
	}

	/** PSIRT has no batch lookup by release: one query per distinct OS type and release. */
	private Flux<ItemResult<String, List<SecurityAdvisory>>> advisories(List<String> releaseKeys) {
		return Flux.fromIterable(releaseKeys).flatMapSequential((key) -> {
			String[] typeAndVersion = key.split("\\|", 2);
			return Mono.defer(() -> this.psirt
				.byOsType(SoftwareTypes.osType(typeAndVersion[0]).orElseThrow(), typeAndVersion[1])
				.collectList())
				.map((advisories) -> ItemResult.<String, List<SecurityAdvisory>>success(key, advisories))
				// A release Cisco refuses is that device's problem, not the report's; access denied
				// (CiscoSupportAuthorizationException) still ends the column.
				.onErrorResume((ex) -> !(ex instanceof CiscoSupportAuthorizationException),
						(ex) -> Mono.just(ItemResult.failure(key, ItemError.fromCisco(null, ex.getMessage()))));
		}, ADVISORY_QUERIES_IN_FLIGHT);
	}

	private static <T, V> Mono<Column<V>> column(String name, List<String> keys,
			Function<List<String>, Flux<ItemResult<String, T>>> lookup, Function<T, V> value, String notFound,
			Progress progress) {
		if (keys.isEmpty()) {
			return Mono.just(new Column<>(name, Map.of(), null));
		}
		return Flux.defer(() -> lookup.apply(keys))
			.doOnNext((result) -> progress.answered(name))
			.collectMap(ItemResult::input, (result) -> answer(name, result, value, notFound))
			.map((answers) -> new Column<>(name, answers, null))
			.onErrorResume(CiscoSupportException.class, (ex) -> Mono.just(Column.unavailable(name, why(name, ex))));
	}

	private static <T, V> Answer<V> answer(String name, ItemResult<String, T> result, Function<T, V> value,
			String notFound) {
		if (result.isSuccess()) {
			return new Answer<>(value.apply(result.value()), null, false);
		}
		ItemError error = result.error();
		if (error.kind() == ItemError.Kind.NOT_FOUND) {
			return new Answer<>(null, notFound, true);
		}
		return new Answer<>(null,
				name + ": " + error.description() + ((error.code() != null) ? " (" + error.code() + ")" : ""), false);
	}

	private static String why(String name, CiscoSupportException ex) {
		if (ex instanceof CiscoSupportAuthorizationException) {
			return "The application is not entitled to the " + name
					+ " API (enable it in the Cisco API Console): " + ex.getMessage();
		}
		return "The " + name + " API failed: " + ex.getMessage();
	}

	/** The PSIRT key of a device's release, or {@code null} when PSIRT cannot be asked about it. */
	static String releaseKey(InventoryDevice device) {
		return SoftwareTypes.osType(device.softwareType())
			.filter((type) -> !device.softwareVersion().isEmpty())
			.map((type) -> type.pathValue() + "|" + device.softwareVersion())
			.orElse(null);
	}

	private static List<String> distinct(Stream<String> keys) {
		return keys.filter((key) -> key != null && !key.isEmpty()).distinct().toList();
	}

	/** The suggested release for the device's software type, Cisco's first choice if several. */
	static String suggestedRelease(List<SoftwareSuggestion> suggestions, String softwareType) {
		return suggestions.stream()
			.filter((s) -> s.product() == null || s.product().softwareType() == null
					|| SoftwareTypes.same(s.product().softwareType(), softwareType))
			.flatMap((s) -> s.suggestions().stream())
			.sorted(Comparator.comparing((SuggestedRelease r) -> !Boolean.TRUE.equals(r.suggested())))
			.map(SuggestedRelease::releaseFormat1)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Counts the answers of each API and tells the listener, one call at a time and in order,
	 * whichever threads the answers arrive on.
	 */
	private static final class Progress {

		private final ProgressListener listener;

		private final Map<String, int[]> apis = new LinkedHashMap<>();

		Progress(ProgressListener listener) {
			this.listener = listener;
			APIS.forEach((api) -> this.apis.put(api, new int[2]));
		}

		synchronized void expect(String api, int lookups) {
			this.apis.get(api)[1] = lookups;
		}

		synchronized void expectMore(String api, int lookups) {
			this.apis.get(api)[1] += lookups;
			this.listener.progress(snapshot());
		}

		synchronized void answered(String api) {
			this.apis.get(api)[0]++;
			this.listener.progress(snapshot());
		}

		private ReportProgress snapshot() {
			return new ReportProgress(this.apis.entrySet()
				.stream()
				.map((entry) -> new ApiProgress(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
				.toList());
		}

	}

}
