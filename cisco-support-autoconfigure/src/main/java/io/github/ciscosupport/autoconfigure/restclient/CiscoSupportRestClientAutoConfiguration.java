package io.github.ciscosupport.autoconfigure.restclient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.autoconfigure.CiscoSupportClientBuilderCustomizer;
import io.github.ciscosupport.autoconfigure.CiscoSupportHttpConnectorFactory;
import io.github.ciscosupport.autoconfigure.CiscoSupportProperties;
import io.github.ciscosupport.client.CiscoSupportClient;

/**
 * The {@link RestClient} bean {@value #REST_CLIENT_BEAN_NAME}: the {@code ciscoSupportClient}'s
 * {@link CiscoSupportClient#restClient() RestClient}, started from Spring Boot's
 * {@code RestClient.Builder} (so the application's customizers and observations apply) on
 * Spring Boot's HTTP library, with the {@code cisco.support.*} timeouts, proxy and SSL bundle, and
 * never following redirects.
 */
@AutoConfiguration(after = CiscoSupportAutoConfiguration.class,
		afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
				"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration" })
@ConditionalOnClass({ RestClient.class, CiscoSupportClient.class, ClientHttpRequestFactoryBuilder.class })
@ConditionalOnBean(CiscoSupportClient.class)
public final class CiscoSupportRestClientAutoConfiguration {

	/** Name of the {@link RestClient} bean for the Cisco Support APIs. */
	public static final String REST_CLIENT_BEAN_NAME = "ciscoSupportRestClient";

	@Bean
	CiscoSupportClientBuilderCustomizer ciscoSupportRestClientBuilderCustomizer(CiscoSupportProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> settings, ObjectProvider<SslBundles> sslBundles) {
		return (builder) -> {
			// Boot's builder, so that the application's customizers and observations apply.
			restClientBuilder.ifAvailable(builder::restClientBuilder);
			builder.requestFactory(new CiscoSupportHttpConnectorFactory(properties).createRequestFactory(
					requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect),
					settings.getIfAvailable(HttpClientSettings::defaults), sslBundles.getIfAvailable()));
		};
	}

	// Not a default candidate, like ciscoSupportWebClient: the Cisco token, rate limiter and
	// retries go only to code that asks for this client by qualifier.
	@Bean(name = REST_CLIENT_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = REST_CLIENT_BEAN_NAME)
	RestClient ciscoSupportRestClient(CiscoSupportClient client) {
		return client.restClient();
	}

}
