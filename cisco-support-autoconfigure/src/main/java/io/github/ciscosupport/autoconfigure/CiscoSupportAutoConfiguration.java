package io.github.ciscosupport.autoconfigure;

import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

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
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.cache.AnswerCaching;
import io.github.ciscosupport.client.transport.QuotaState;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Auto-configuration of the Cisco Support APIs client: the {@link CiscoSupportClient} built from
 * {@code cisco.support.*} (or the application's {@link CiscoSupportConnectionDetails}), the
 * shared connector and rate limiter, and the {@link CiscoSupportAuthorization} and
 * {@code ciscoSupportWebClient} of the client.
 */
@AutoConfiguration(after = { HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
		WebClientAutoConfiguration.class })
// The client library, WebFlux and Reactor Netty are optional dependencies of this module.
@ConditionalOnClass(value = { WebClient.class, CiscoSupportClient.class }, name = "reactor.netty.http.client.HttpClient")
@ConditionalOnBooleanProperty(name = "cisco.support.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CiscoSupportProperties.class)
public final class CiscoSupportAutoConfiguration {

	/** Name of the {@link WebClient} bean for the Cisco Support APIs. */
	public static final String WEB_CLIENT_BEAN_NAME = "ciscoSupportWebClient";

	private static final String QUOTA_RESET_TIME = "management.health.cisco-support.quota-reset-time";

	private static final String QUOTA_RESET_ZONE = "management.health.cisco-support.quota-reset-zone";

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
	RequestRateLimiter ciscoSupportRateLimiter(CiscoSupportConnectionDetails connectionDetails,
			ResourceLoader resourceLoader) {
		CiscoSupportPropertiesValidator.validateTransport(this.properties, connectionDetails);
		// CiscoSupportRedisRateLimitAutoConfiguration builds the limiter when it can.
		CiscoSupportPropertiesValidator.validateLocalStore(this.properties, resourceLoader.getClassLoader());
		return RequestRateLimiter.create(CiscoSupportTransportOptions.rateLimit(this.properties.getRateLimit()),
				Schedulers.parallel());
	}

	@Bean
	@ConditionalOnMissingBean
	CiscoSupportClient ciscoSupportClient(CiscoSupportConnectionDetails connectionDetails,
			CiscoSupportHttpConnector connector, RequestRateLimiter rateLimiter,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<TokenFetchListener> tokenFetchListeners,
			ObjectProvider<TransportEvents> transportEvents, ObjectProvider<LookupListener> lookupListeners,
			ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<AnswerCaching> answerCaching,
			ObjectProvider<QuotaState> quotaState, Environment environment,
			ObjectProvider<CiscoSupportClientBuilderCustomizer> customizers) {
		CiscoSupportPropertiesValidator.validate(this.properties, connectionDetails);
		CiscoSupportCredentials credentials = new CiscoSupportCredentials(connectionDetails.getClientId(),
				connectionDetails.getClientSecret(), URI.create(connectionDetails.getTokenUri()),
				this.properties.getClientAuthentication());
		CiscoSupportClient.Builder builder = CiscoSupportClient.builder(credentials)
			.baseUrl(connectionDetails.getBaseUrl())
			.connector(connector.connector())
			// Boot's builder, so that the application's codec settings and observations apply.
			.webClientBuilder(webClientBuilder.getIfAvailable(WebClient::builder))
			.retry(CiscoSupportTransportOptions.retry(this.properties.getRetry()))
			.tokenRetry(CiscoSupportTransportOptions.tokenRetry(this.properties.getTokenRetry()))
			.rateLimiter(rateLimiter)
			.refreshSkew(this.properties.getTokenRefreshSkew())
			.reauthenticationAttempts(this.properties.getReauthenticationAttempts())
			.maxResponseSize(this.properties.getMaxResponseSize())
			.maxConcurrentBatches(this.properties.getMaxConcurrentBatches())
			.blockingTimeout(this.properties.getBlockingTimeout())
			.observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP));
		// The health indicator's quota reset time also decides how long calls fail fast.
		Binder binder = Binder.get(environment);
		builder.quotaReset(binder.bind(QUOTA_RESET_TIME, LocalTime.class).orElse(LocalTime.MIDNIGHT),
				binder.bind(QUOTA_RESET_ZONE, ZoneId.class).orElse(ZoneOffset.UTC));
		Integer dailyBudget = this.properties.getRateLimit().getDailyBudget();
		if (dailyBudget != null) {
			builder.dailyBudget(dailyBudget);
		}
		answerCaching.ifAvailable(builder::answerCaching);
		quotaState.ifAvailable(builder::quotaState);
		// One interval for everything kept in Redis: the shared budget, the quota state and count.
		builder.quotaStateRetryInterval(this.properties.getRateLimit().getRedis().getRetryInterval());
		// Every listener bean, the starter's metrics and health and the application's own, in @Order.
		tokenFetchListeners.orderedStream().forEach(builder::tokenFetchListener);
		transportEvents.orderedStream().forEach(builder::transportEvents);
		lookupListeners.orderedStream().forEach(builder::lookupListener);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	CiscoSupportAuthorization ciscoSupportAuthorization(CiscoSupportClient client) {
		return client.authorization();
	}

	// Not a default candidate: the Cisco token, rate limiter and retries go only to code that asks
	// for this client by name or qualifier, never to a plain WebClient injection point.
	@Bean(name = WEB_CLIENT_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = WEB_CLIENT_BEAN_NAME)
	WebClient ciscoSupportWebClient(CiscoSupportClient client) {
		return client.webClient();
	}

	@Bean
	CiscoSupportOAuth2SetupReporter ciscoSupportOAuth2SetupReporter(ListableBeanFactory beanFactory) {
		return new CiscoSupportOAuth2SetupReporter(beanFactory);
	}

}
