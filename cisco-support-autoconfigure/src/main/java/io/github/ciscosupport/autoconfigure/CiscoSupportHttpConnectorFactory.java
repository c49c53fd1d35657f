package io.github.ciscosupport.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.StringUtils;

import io.github.ciscosupport.autoconfigure.InvalidCiscoSupportPropertiesException.Problem;

/**
 * Builds the {@link CiscoSupportHttpConnector} from Spring Boot's connector builder and settings,
 * overlaid with the {@code cisco.support.*} properties; it never follows redirects.
 */
public final class CiscoSupportHttpConnectorFactory {

	private final CiscoSupportProperties properties;

	/**
	 * @param properties the {@code cisco.support.*} properties
	 */
	public CiscoSupportHttpConnectorFactory(CiscoSupportProperties properties) {
		this.properties = properties;
	}

	ClientHttpConnector create(ClientHttpConnectorBuilder<?> builder, HttpClientSettings settings,
			SslBundles sslBundles) {
		return withProxy(builder).build(settings(settings, sslBundles));
	}

	/**
	 * The request factory of the {@code RestClient}: Boot's HTTP library and settings, overlaid
	 * with the same {@code cisco.support.*} timeouts, SSL bundle, proxy and no redirects as the
	 * {@code WebClient}'s connector.
	 * @param builder Spring Boot's request factory builder
	 * @param settings Spring Boot's HTTP client settings
	 * @param sslBundles the SSL bundles, or null
	 * @return the request factory
	 */
	public ClientHttpRequestFactory createRequestFactory(ClientHttpRequestFactoryBuilder<?> builder,
			HttpClientSettings settings, @Nullable SslBundles sslBundles) {
		CiscoSupportProperties.Proxy proxy = this.properties.getProxy();
		// Behind a proxy, Reactor Netty with the WebClient's proxy set-up, whatever Boot detected.
		ClientHttpRequestFactoryBuilder<?> withProxy = StringUtils.hasText(proxy.getHost())
				? ClientHttpRequestFactoryBuilder.reactor().withHttpClientCustomizer(this::proxy) : builder;
		return withProxy.build(settings(settings, sslBundles));
	}

	private HttpClientSettings settings(HttpClientSettings settings, @Nullable SslBundles sslBundles) {
		// Never follow redirects, whatever spring.http.clients.redirects says: a followed redirect
		// leaves the filters' origin check behind, and would repeat a token request elsewhere.
		HttpClientSettings merged = settings
			.withTimeouts(this.properties.getConnectTimeout(), this.properties.getResponseTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		if (StringUtils.hasText(this.properties.getSslBundle())) {
			merged = merged.withSslBundle(sslBundle(sslBundles));
		}
		return merged;
	}

	private SslBundle sslBundle(@Nullable SslBundles sslBundles) {
		String name = this.properties.getSslBundle();
		if (sslBundles == null) {
			throw invalid("cisco.support.ssl-bundle", "names SSL bundle '" + name + "' but no spring.ssl.bundle.* is configured");
		}
		try {
			return sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw invalid("cisco.support.ssl-bundle", "names SSL bundle '" + name
					+ "', which is not defined under spring.ssl.bundle.jks.* or spring.ssl.bundle.pem.*");
		}
	}

	private ClientHttpConnectorBuilder<?> withProxy(ClientHttpConnectorBuilder<?> builder) {
		CiscoSupportProperties.Proxy proxy = this.properties.getProxy();
		if (!StringUtils.hasText(proxy.getHost())) {
			return builder;
		}
		if (!(builder instanceof ReactorClientHttpConnectorBuilder)) {
			throw invalid("cisco.support.proxy.host",
					"needs the Reactor Netty connector, but spring.http.clients.reactive.connector selects "
							+ builder.getClass().getSimpleName());
		}
		// A fresh Reactor builder rather than Boot's: the one Boot builds on its
		// ReactorResourceFactory resolves target hosts itself, which fails behind the typical
		// corporate proxy where external names do not resolve inside the network.
		return ClientHttpConnectorBuilder.reactor().withHttpClientCustomizer(this::proxy);
	}

	private HttpClient proxy(HttpClient client) {
		CiscoSupportProperties.Proxy proxy = this.properties.getProxy();
		return client.proxy((spec) -> {
			ProxyProvider.Builder proxyBuilder = spec.type(ProxyProvider.Proxy.HTTP)
				.host(proxy.getHost())
				.port(proxy.getPort());
			if (StringUtils.hasText(proxy.getUsername())) {
				String password = proxy.getPassword();
				proxyBuilder.username(proxy.getUsername()).password((user) -> password);
			}
			if (StringUtils.hasText(proxy.getNonProxyHosts())) {
				proxyBuilder.nonProxyHosts(proxy.getNonProxyHosts());
			}
		});
	}

	private static InvalidCiscoSupportPropertiesException invalid(String property, String reason) {
		return new InvalidCiscoSupportPropertiesException(List.of(new Problem(property, reason)));
	}

}
