package io.github.ciscosupport.autoconfigure.clients;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.client.BlockingCiscoSupportClient;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.asd.AsdClient;
import io.github.ciscosupport.client.bug.BugClient;
import io.github.ciscosupport.client.cases.CaseClient;
import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.product.ProductInfoClient;
import io.github.ciscosupport.client.psirt.SecurityAdvisoryClient;
import io.github.ciscosupport.client.rma.RmaClient;
import io.github.ciscosupport.client.software.SoftwareSuggestionClient;

/**
 * The typed clients, one per Cisco Support API, of the {@link CiscoSupportClient} bean: they
 * share its token, rate limiter, retries and error mapping.
 */
@AutoConfiguration(after = CiscoSupportAutoConfiguration.class,
		afterName = "io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetricsAutoConfiguration")
@ConditionalOnClass(CiscoSupportClient.class)
@ConditionalOnBean(CiscoSupportClient.class)
public final class CiscoSupportClientsAutoConfiguration {

	private final CiscoSupportClient client;

	CiscoSupportClientsAutoConfiguration(CiscoSupportClient client) {
		this.client = client;
	}

	@Bean
	@ConditionalOnMissingBean
	BlockingCiscoSupportClient blockingCiscoSupportClient() {
		return this.client.blocking();
	}

	@Bean
	@ConditionalOnMissingBean
	EoxClient eoxClient() {
		return this.client.eox();
	}

	@Bean
	@ConditionalOnMissingBean
	CoverageClient coverageClient() {
		return this.client.coverage();
	}

	@Bean
	@ConditionalOnMissingBean
	ProductInfoClient productInfoClient() {
		return this.client.productInfo();
	}

	@Bean
	@ConditionalOnMissingBean
	BugClient bugClient() {
		return this.client.bugs();
	}

	@Bean
	@ConditionalOnMissingBean
	SoftwareSuggestionClient softwareSuggestionClient() {
		return this.client.softwareSuggestions();
	}

	@Bean
	@ConditionalOnMissingBean
	SecurityAdvisoryClient securityAdvisoryClient() {
		return this.client.securityAdvisories();
	}

	@Bean
	@ConditionalOnMissingBean
	CaseClient caseClient() {
		return this.client.cases();
	}

	@Bean
	@ConditionalOnMissingBean
	RmaClient rmaClient() {
		return this.client.rmas();
	}

	@Bean
	@ConditionalOnMissingBean
	AsdClient asdClient() {
		return this.client.asd();
	}

}
