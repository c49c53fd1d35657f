package io.github.ciscosupport.autoconfigure.clients;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.autoconfigure.CiscoSupportListeners;
import io.github.ciscosupport.autoconfigure.CiscoSupportProperties;
import io.github.ciscosupport.client.asd.AsdClient;
import io.github.ciscosupport.client.internal.batch.BatchOptions;
import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.bug.BugClient;
import io.github.ciscosupport.client.cases.CaseClient;
import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.product.ProductInfoClient;
import io.github.ciscosupport.client.psirt.SecurityAdvisoryClient;
import io.github.ciscosupport.client.rma.RmaClient;
import io.github.ciscosupport.client.software.SoftwareSuggestionClient;

/**
 * The typed clients, one per Cisco Support API, on the {@code ciscoSupportWebClient}: they
 * share its token, rate limiter, retries and error mapping.
 */
@AutoConfiguration(after = CiscoSupportAutoConfiguration.class,
		afterName = "io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetricsAutoConfiguration")
@ConditionalOnBean(name = CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME)
public final class CiscoSupportClientsAutoConfiguration {

	private final WebClient webClient;

	private final BatchOptions batchOptions;

	CiscoSupportClientsAutoConfiguration(
			@Qualifier(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME) WebClient webClient,
			CiscoSupportProperties properties, ObjectProvider<LookupListener> listeners) {
		this.webClient = webClient;
		// The metrics bean, when Micrometer is there, counts inputs and per-input errors per API,
		// next to any listener of the application's.
		this.batchOptions = new BatchOptions(properties.getMaxConcurrentBatches(),
				Math.toIntExact(properties.getMaxResponseSize().toBytes()),
				CiscoSupportListeners.lookupListener(listeners));
	}

	@Bean
	@ConditionalOnMissingBean
	EoxClient eoxClient() {
		return new EoxClient(this.webClient, this.batchOptions);
	}

	@Bean
	@ConditionalOnMissingBean
	CoverageClient coverageClient() {
		return new CoverageClient(this.webClient, this.batchOptions);
	}

	@Bean
	@ConditionalOnMissingBean
	ProductInfoClient productInfoClient() {
		return new ProductInfoClient(this.webClient, this.batchOptions);
	}

	@Bean
	@ConditionalOnMissingBean
	BugClient bugClient() {
		return new BugClient(this.webClient, this.batchOptions);
	}

	@Bean
	@ConditionalOnMissingBean
	SoftwareSuggestionClient softwareSuggestionClient() {
		return new SoftwareSuggestionClient(this.webClient, this.batchOptions);
	}

	@Bean
	@ConditionalOnMissingBean
	SecurityAdvisoryClient securityAdvisoryClient() {
		return new SecurityAdvisoryClient(this.webClient, this.batchOptions);
	}

	@Bean
	@ConditionalOnMissingBean
	CaseClient caseClient() {
		return new CaseClient(this.webClient, this.batchOptions);
	}

	@Bean
	@ConditionalOnMissingBean
	RmaClient rmaClient() {
		return new RmaClient(this.webClient, this.batchOptions);
	}

	@Bean
	@ConditionalOnMissingBean
	AsdClient asdClient() {
		return new AsdClient(this.webClient, this.batchOptions);
	}

}
