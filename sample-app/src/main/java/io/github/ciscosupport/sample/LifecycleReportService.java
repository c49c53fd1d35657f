package io.github.ciscosupport.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.CiscoSupportException;
import io.github.ciscosupport.client.batch.ItemError;
import io.github.ciscosupport.client.batch.ItemResult;
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

/**
 * Builds a {@link LifecycleReport} from five Cisco APIs. Each API is asked once per distinct key
 * (serial number, product ID, OS release), all five at the same time: the shared rate limiter
 * paces them, so the run takes as long as the calls the rate limit allows, not their sum.
 */
class LifecycleReportService {

	static final String EOX = "EoX";

	static final String COVERAGE = "SN2INFO coverage";

	static final String PRODUCT_INFO = "Product Info";

	static final String SOFTWARE = "Software Suggestion";

	static final String ADVISORIES = "PSIRT advisories";

	static final String NOT_FOUND_AT_CISCO = "not found at Cisco";

	// PSIRT answers one release per call and allows 30 calls a minute: a few in flight is plenty.
	private static final int ADVISORY_QUERIES_IN_FLIGHT = 4;

	private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "informational");

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
		Progress progress = new Progress(listener, 2 * serials.size() + productIds.size()
				+ softwareProductIds.size() + releases.size());
		Mono<Column<EoxRecord>> eoxColumn = column(EOX, serials, this.eox::bySerialNumbers,
				(records) -> records.get(0), "no end of life announced", progress);
		Mono<Column<CoverageSummary>> coverageColumn = column(COVERAGE, serials,
				this.coverage::coverageSummaryBySerialNumbers, Function.identity(), NOT_FOUND_AT_CISCO, progress);
		Mono<Column<String>> productColumn = column(PRODUCT_INFO, productIds, this.productInfo::byProductIds,
				ProductInfo::productName, "product ID unknown to Product Info", progress);
		Mono<Column<List<SoftwareSuggestion>>> softwareColumn = column(SOFTWARE, softwareProductIds,
				this.software::suggestedReleasesByProductIds, Function.identity(), "no suggested release", progress);
		Mono<Column<List<SecurityAdvisory>>> advisoryColumn = column(ADVISORIES, releases, this::advisories,
				Function.identity(), "no advisories", progress);
		return Mono.zip(eoxColumn, coverageColumn, productColumn, softwareColumn, advisoryColumn)
			.map((columns) -> assemble(inventory, new Columns(columns.getT1(), columns.getT2(), columns.getT3(),
					columns.getT4(), columns.getT5())));
	}

	private LifecycleReport assemble(Inventory inventory, Columns columns) {
		List<DeviceReport> reports = inventory.devices().stream().map(columns::device).toList();
		LocalDate asOf = LocalDate.now(this.clock);
		return new LifecycleReport(UUID.randomUUID().toString(), Instant.now(this.clock), asOf, this.simulator,
				LifecycleReport.Summary.of(reports, inventory.rejectedRows().size(), asOf), reports,
				inventory.rejectedRows(), columns.unavailable());
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
			.doOnNext((result) -> progress.answered())
			.collectMap(ItemResult::input, (result) -> answer(name, result, value, notFound))
			.map((answers) -> new Column<>(name, answers, null))
			.onErrorResume(CiscoSupportException.class, (ex) -> Mono.just(Column.unavailable(name, why(name, ex))));
	}

	private static <T, V> Answer<V> answer(String name, ItemResult<String, T> result, Function<T, V> value,
			String notFound) {
		if (result.isSuccess()) {
			return new Answer<>(value.apply(result.value()), null);
		}
		ItemError error = result.error();
		return new Answer<>(null, (error.kind() == ItemError.Kind.NOT_FOUND) ? notFound
				: name + ": " + error.description() + ((error.code() != null) ? " (" + error.code() + ")" : ""));
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

	static String highestSeverity(List<SecurityAdvisory> advisories) {
		return advisories.stream()
			.map(SecurityAdvisory::sir)
			.filter(Objects::nonNull)
			.min(Comparator.comparingInt((sir) -> {
				int rank = SEVERITIES.indexOf(sir.toLowerCase(java.util.Locale.ROOT));
				return (rank < 0) ? SEVERITIES.size() : rank;
			}))
			.orElse(null);
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

	/** Counts answers for the progress line. */
	private static final class Progress {

		private final ProgressListener listener;

		private final int total;

		private final AtomicInteger answered = new AtomicInteger();

		Progress(ProgressListener listener, int total) {
			this.listener = listener;
			this.total = total;
		}

		void answered() {
			this.listener.progress(this.answered.incrementAndGet(), this.total);
		}

	}

}
