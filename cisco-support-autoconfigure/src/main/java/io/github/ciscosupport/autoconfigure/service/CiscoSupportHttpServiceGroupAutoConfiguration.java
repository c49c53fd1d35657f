package io.github.ciscosupport.autoconfigure.service;

import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientHttpServiceGroupConfigurer;
import org.springframework.web.service.registry.HttpServiceGroup;
import org.springframework.web.service.registry.HttpServiceGroupConfigurer;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.client.CiscoSupportClient;

/**
 * Makes the HTTP service group {@value #GROUP} (Spring Framework 7's
 * {@code @ImportHttpServices(group = "cisco-support", types = ...)}) call through the Cisco
 * client: a {@code RestClient} group gets the policies of {@code ciscoSupportRestClient}, a
 * {@code WebClient} group those of {@code ciscoSupportWebClient}, with the same token cache and
 * rate limiter. Applied after Spring Boot's {@code spring.http.serviceclient.cisco-support.*}, so
 * that the base URL, timeouts, proxy and redirects of {@code cisco.support.*} win; the group's
 * default headers, API version and the application's customizers stay.
 */
@AutoConfiguration(after = CiscoSupportAutoConfiguration.class)
@ConditionalOnClass({ RestClient.class, CiscoSupportClient.class })
@ConditionalOnBean(CiscoSupportClient.class)
public final class CiscoSupportHttpServiceGroupAutoConfiguration {

	/** The HTTP service group whose client is the Cisco client. */
	public static final String GROUP = "cisco-support";

	/** After Spring Boot's configurers of the group's properties and customizers. */
	private static final int ORDER = Ordered.LOWEST_PRECEDENCE;

	@Bean
	RestClientHttpServiceGroupConfigurer ciscoSupportRestClientHttpServiceGroupConfigurer(CiscoSupportClient client) {
		return new RestClientHttpServiceGroupConfigurer() {

			@Override
			public void configureGroups(Groups<RestClient.Builder> groups) {
				configureCiscoGroup(groups, client::applyTo);
			}

			@Override
			public int getOrder() {
				return ORDER;
			}

		};
	}

	@Bean
	WebClientHttpServiceGroupConfigurer ciscoSupportWebClientHttpServiceGroupConfigurer(CiscoSupportClient client) {
		return new WebClientHttpServiceGroupConfigurer() {

			@Override
			public void configureGroups(Groups<WebClient.Builder> groups) {
				configureCiscoGroup(groups, client::applyTo);
			}

			@Override
			public int getOrder() {
				return ORDER;
			}

		};
	}

	private static <B> void configureCiscoGroup(HttpServiceGroupConfigurer.Groups<B> groups, Consumer<B> cisco) {
		groups.filterByName(GROUP).forEachClient((HttpServiceGroup group, B builder) -> cisco.accept(builder));
	}

}
