package io.github.ciscosupport.client;

import io.github.ciscosupport.client.asd.BlockingAsdClient;
import io.github.ciscosupport.client.bug.BlockingBugClient;
import io.github.ciscosupport.client.cases.BlockingCaseClient;
import io.github.ciscosupport.client.coverage.BlockingCoverageClient;
import io.github.ciscosupport.client.eox.BlockingEoxClient;
import io.github.ciscosupport.client.internal.Blocking;
import io.github.ciscosupport.client.product.BlockingProductInfoClient;
import io.github.ciscosupport.client.psirt.BlockingSecurityAdvisoryClient;
import io.github.ciscosupport.client.rma.BlockingRmaClient;
import io.github.ciscosupport.client.software.BlockingSoftwareSuggestionClient;

/**
 * The blocking typed clients of a {@link CiscoSupportClient}, for servlet applications, batch
 * jobs, command-line tools and virtual threads: the same calls on the same transport, with the
 * caller's thread waiting. One rule for all nine: a batched lookup answers a {@code List} of one
 * {@link ItemResult} per input, a paged query a lazy {@code Stream} (close it, for example with
 * try-with-resources, to stop early), a single answer the answer itself; every call ends within
 * the {@linkplain CiscoSupportClient.Builder#blockingTimeout blocking timeout} or throws
 * {@link BlockingTimeoutException}.
 * <pre class="code">
 * List&lt;ItemResult&lt;String, List&lt;EoxRecord&gt;&gt;&gt; eox = cisco.blocking().eox().bySerialNumbers(serials);
 * try (Stream&lt;Bug&gt; bugs = cisco.blocking().bugs().byKeyword("memory leak")) {
 *     bugs.limit(100).forEach(System.out::println);
 * }
 * </pre>
 */
public final class BlockingCiscoSupportClient {

	private final BlockingEoxClient eox;

	private final BlockingCoverageClient coverage;

	private final BlockingProductInfoClient productInfo;

	private final BlockingBugClient bugs;

	private final BlockingSoftwareSuggestionClient softwareSuggestions;

	private final BlockingSecurityAdvisoryClient securityAdvisories;

	private final BlockingCaseClient cases;

	private final BlockingRmaClient rmas;

	private final BlockingAsdClient asd;

	BlockingCiscoSupportClient(CiscoSupportClient client, Blocking blocking) {
		this.eox = new BlockingEoxClient(client.eox(), blocking);
		this.coverage = new BlockingCoverageClient(client.coverage(), blocking);
		this.productInfo = new BlockingProductInfoClient(client.productInfo(), blocking);
		this.bugs = new BlockingBugClient(client.bugs(), blocking);
		this.softwareSuggestions = new BlockingSoftwareSuggestionClient(client.softwareSuggestions(), blocking);
		this.securityAdvisories = new BlockingSecurityAdvisoryClient(client.securityAdvisories(), blocking);
		this.cases = new BlockingCaseClient(client.cases(), blocking);
		this.rmas = new BlockingRmaClient(client.rmas(), blocking);
		this.asd = new BlockingAsdClient(client.asd(), blocking);
	}

	/** The EoX (End of Life) API v5. */
	public BlockingEoxClient eox() {
		return this.eox;
	}

	/** The Serial Number to Information (SN2INFO) API v2: coverage and orderable products. */
	public BlockingCoverageClient coverage() {
		return this.coverage;
	}

	/** The Product Information API v1. */
	public BlockingProductInfoClient productInfo() {
		return this.productInfo;
	}

	/** The Bug API v2.0. */
	public BlockingBugClient bugs() {
		return this.bugs;
	}

	/** The Software Suggestion API v2. */
	public BlockingSoftwareSuggestionClient softwareSuggestions() {
		return this.softwareSuggestions;
	}

	/** The PSIRT openVuln API v2: security advisories. */
	public BlockingSecurityAdvisoryClient securityAdvisories() {
		return this.securityAdvisories;
	}

	/** The Case API v3. */
	public BlockingCaseClient cases() {
		return this.cases;
	}

	/** The Service Order Return (RMA) API v1.0. */
	public BlockingRmaClient rmas() {
		return this.rmas;
	}

	/** The Automated Software Distribution (ASD) API v4.0. */
	public BlockingAsdClient asd() {
		return this.asd;
	}

}
