package io.github.ciscosupport.client.internal.auth;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientRequest;

import io.github.ciscosupport.client.ForeignOriginException;

/**
 * The origin (scheme, host and effective port) of the API gateway: the only place the bearer
 * token may go. Scheme and host compare case-insensitively and the default ports (80 for
 * {@code http}, 443 for {@code https}) are made explicit, so {@code https://APIX.cisco.com:443}
 * is the origin of {@code https://apix.cisco.com}.
 */
public final class GatewayOrigin {

	private final String scheme;

	private final String host;

	private final int port;

	private GatewayOrigin(String scheme, String host, int port) {
		this.scheme = scheme;
		this.host = host;
		this.port = port;
	}

	/** The origin of a gateway base URL, which must be an absolute http(s) URL with a host. */
	public static GatewayOrigin of(String baseUrl) {
		URI uri = URI.create(baseUrl);
		String scheme = lowerCase(uri.getScheme());
		Assert.isTrue(("https".equals(scheme) || "http".equals(scheme)) && uri.getHost() != null,
				() -> "The gateway base URL must be an absolute http(s) URL, was '" + baseUrl + "'");
		return new GatewayOrigin(scheme, lowerCase(uri.getHost()), effectivePort(scheme, uri.getPort()));
	}

	/** Whether the URL is on this origin. */
	public boolean contains(URI url) {
		String scheme = lowerCase(url.getScheme());
		return this.scheme.equals(scheme) && this.host.equals(lowerCase(url.getHost()))
				&& this.port == effectivePort(scheme, url.getPort());
	}

	/** The exception that refuses a request to another origin. */
	public ForeignOriginException refuse(ClientRequest request) {
		return refuse(request.method().name(), request.url());
	}

	/** The exception that refuses a request of any HTTP client to another origin. */
	public ForeignOriginException refuse(String method, URI url) {
		return new ForeignOriginException(method + " " + url.getRawPath(), describe(url), toString());
	}

	private static String describe(URI url) {
		if (url.getHost() == null) {
			return "a URL without a host";
		}
		String scheme = lowerCase(url.getScheme());
		int port = effectivePort(scheme, url.getPort());
		return ((scheme != null) ? scheme + ":" : "") + "//" + lowerCase(url.getHost()) + ((port != -1) ? ":" + port : "");
	}

	private static int effectivePort(@Nullable String scheme, int port) {
		if (port != -1) {
			return port;
		}
		if ("https".equals(scheme)) {
			return 443;
		}
		return "http".equals(scheme) ? 80 : -1;
	}

	private static @Nullable String lowerCase(@Nullable String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	@Override
	public String toString() {
		return this.scheme + "://" + this.host + ":" + this.port;
	}

}
