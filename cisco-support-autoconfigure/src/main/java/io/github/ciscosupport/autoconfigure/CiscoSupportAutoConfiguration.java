package io.github.ciscosupport.autoconfigure;

import java.net.URI;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.internal.transport.CiscoSupportTransport;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Auto-configuration of the Cisco Support APIs client: the shared connector, the application's
 * {@link CiscoSupportAuthorization} and the {@code ciscoSupportWebClient}.
 */
@AutoConfiguration(after = { HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
		WebClientAutoConfiguration.class })
@ConditionalOnClass({ WebClient.class, CiscoSupportAuthorization.class })
@ConditionalOnBooleanProperty(name = "cisco.support.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CiscoSupportProperties.class)
public final class CiscoSupportAutoConfiguration {

	/** Name of the {@link WebClient} bean for the Cisco Support APIs. */
	public static final String WEB_CLIENT_BEAN_NAME = "ciscoSupportWebClient";

	private final CiscoSupportProperties properties;

	CiscoSupportAutoConfiguration(CiscoSupportProperties properties) {
		this.properties = properties;
	}

	@Bean
	@ConditionalOnMissingBean(CiscoSupportConnectionDetails.class)
	PropertiesCiscoSupportConnectionDetails ciscoSupportConnectionDetails() {
		return new PropertiesCiscoSupportConnectionDetails(this.properties);
	}

	@Bean
	@ConditionalOnMissingBean
	CiscoSupportHttpConnector ciscoSupportHttpConnector(CiscoSupportConnectionDetails connectionDetails,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder, ObjectProvider<HttpClientSettings> settings,
			ObjectProvider<SslBundles> sslBundles) {
		CiscoSupportPropertiesValidator.validateTransport(this.properties, connectionDetails);
		return new CiscoSupportHttpConnector(new CiscoSupportHttpConnectorFactory(this.properties).create(
				connectorBuilder.getIfAvailable(ClientHttpConnectorBuilder::detect),
				settings.getIfAvailable(HttpClientSettings::defaults), sslBundles.getIfAvailable()));
	}

	@Bean
	@ConditionalOnMissingBean
	CiscoSupportAuthorization ciscoSupportAuthorization(CiscoSupportConnectionDetails connectionDetails,
			CiscoSupportHttpConnector connector, ObjectProvider<TokenFetchListener> listeners,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		CiscoSupportPropertiesValidator.validate(this.properties, connectionDetails);
		CiscoSupportCredentials credentials = new CiscoSupportCredentials(connectionDetails.getClientId(),
				connectionDetails.getClientSecret(), URI.create(connectionDetails.getTokenUri()),
				this.properties.getClientAuthentication());
		return CiscoSupportAuthorization.builder(credentials)
			.baseUrl(connectionDetails.getBaseUrl())
			.connector(connector.connector())
			.refreshSkew(this.properties.getTokenRefreshSkew())
			.tokenRetry(CiscoSupportTransportOptions.tokenRetry(this.properties.getTokenRetry()))
			.reauthenticationAttempts(this.properties.getReauthenticationAttempts())
			.listener(CiscoSupportListeners.tokenFetchListener(listeners))
			.observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	RequestRateLimiter ciscoSupportRateLimiter() {
		return RequestRateLimiter.create(CiscoSupportTransportOptions.rateLimit(this.properties.getRateLimit()),
				Schedulers.parallel());
	}

	// Not a default candidate: the Cisco token, rate limiter and retries go only to code that asks
	// for this client by name or qualifier, never to a plain WebClient injection point.
	@Bean(name = WEB_CLIENT_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = WEB_CLIENT_BEAN_NAME)
	WebClient ciscoSupportWebClient(ObjectProvider<WebClient.Builder> webClientBuilder,
			CiscoSupportConnectionDetails connectionDetails, CiscoSupportHttpConnector connector, CiscoSupportAuthorization authorization,
			RequestRateLimiter rateLimiter, ObjectProvider<TransportEvents> events) {
		int maxInMemorySize = Math.toIntExact(this.properties.getMaxResponseSize().toBytes());
		// Error mapping, retry, bearer token, then the rate limit closest to the exchange: see
		// CiscoSupportTransport for why this order.
		List<ExchangeFilterFunction> transport = CiscoSupportTransport.filters(
				CiscoSupportTransportOptions.retry(this.properties.getRetry()), rateLimiter,
				CiscoSupportListeners.transportEvents(events), Schedulers.parallel(),
				authorization.bearerTokenFilter());
		return webClientBuilder.getIfAvailable(WebClient::builder)
			.clone()
			.baseUrl(connectionDetails.getBaseUrl())
			.clientConnector(connector.connector())
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			// Request details would include the bearer token: never log them, whatever
			// spring.codec.log-request-details says for the application's other clients.
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(maxInMemorySize))
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
			.filters((filters) -> filters.addAll(transport))
			.build();
	}

	@Bean
	CiscoSupportOAuth2SetupReporter ciscoSupportOAuth2SetupReporter(ListableBeanFactory beanFactory) {
		return new CiscoSupportOAuth2SetupReporter(beanFactory);
	}

}
