package io.github.ciscosupport.client.internal.aot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * Native-image hints for the client library: Jackson binds the typed clients' records by
 * reflection, which a native image allows only for registered types.
 * <p>
 * The types are an explicit list rather than a classpath scan: hints are computed during the
 * AOT build, and a list keeps them reviewable and free of internal types. Authors of a typed
 * client add its response record(s) to {@link #BOUND_TYPES}, by name because the envelopes are
 * package-private; nested records, lists and enums reached through their components are
 * registered with them. A test scans the API packages
 * and fails when a record is not covered.
 * <p>
 * The token endpoint client parses JSON as a tree and the error mapping reads bodies as text,
 * so neither needs hints; {@code cisco.support.*} binding is covered by Spring Boot's own AOT
 * processing of configuration properties.
 */
public final class CiscoSupportRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * Types that Jackson binds, one or more per API package ({@code eox}, {@code coverage},
	 * {@code product}, {@code bug}, {@code software}, {@code psirt}, {@code cases},
	 * {@code rma}, {@code asd}). Generic envelopes are listed with the item types they carry.
	 */
	static final List<String> BOUND_TYPES = List.of("io.github.ciscosupport.client.ErrorResponse",
			"io.github.ciscosupport.client.eox.EoxResponse", "io.github.ciscosupport.client.eox.EoxDateQuery",
			"io.github.ciscosupport.client.coverage.Sn2InfoResponse",
			"io.github.ciscosupport.client.coverage.CoverageStatus",
			"io.github.ciscosupport.client.coverage.CoverageSummary",
			"io.github.ciscosupport.client.coverage.OrderableIdentifiers",
			"io.github.ciscosupport.client.product.ProductInfoResponse",
			"io.github.ciscosupport.client.product.ProductInfo", "io.github.ciscosupport.client.product.ProductMdfInfo",
			"io.github.ciscosupport.client.bug.BugResponse", "io.github.ciscosupport.client.bug.BugQuery",
			"io.github.ciscosupport.client.software.SuggestionResponse",
			"io.github.ciscosupport.client.software.CompatibleSoftwareQuery",
			"io.github.ciscosupport.client.psirt.AdvisoryResponse", "io.github.ciscosupport.client.psirt.AdvisoryQuery",
			"io.github.ciscosupport.client.cases.CaseResponse",
			"io.github.ciscosupport.client.cases.CaseDetail", "io.github.ciscosupport.client.cases.CaseQuery",
			"io.github.ciscosupport.client.rma.RmaResponse", "io.github.ciscosupport.client.rma.RmaDetail",
			"io.github.ciscosupport.client.rma.RmaQuery",
			"io.github.ciscosupport.client.asd.MetadataResponse", "io.github.ciscosupport.client.asd.DownloadResponse",
			"io.github.ciscosupport.client.asd.ComplianceResult", "io.github.ciscosupport.client.asd.ComplianceDecision",
			"io.github.ciscosupport.client.asd.MetadataResult", "io.github.ciscosupport.client.asd.AsdError");

	private final BindingReflectionHintsRegistrar bindingRegistrar = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		registerBindingHints(hints,
				BOUND_TYPES.stream().<Class<?>>map((name) -> ClassUtils.resolveClassName(name, classLoader)).toList());
	}

	void registerBindingHints(RuntimeHints hints, List<Class<?>> types) {
		this.bindingRegistrar.registerReflectionHints(hints.reflection(), types.toArray(Class<?>[]::new));
	}

}
