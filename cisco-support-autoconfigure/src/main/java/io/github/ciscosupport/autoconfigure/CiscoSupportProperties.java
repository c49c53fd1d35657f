package io.github.ciscosupport.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import io.github.ciscosupport.client.auth.ClientAuthentication;

/**
 * Configuration properties for the Cisco Support APIs client.
 */
@ConfigurationProperties("cisco.support")
public class CiscoSupportProperties {

	/**
	 * Whether to auto-configure the Cisco Support APIs client.
	 */
	private boolean enabled = true;

	/**
	 * Client ID (KEY) of the application registered in the Cisco API Console. The environment
	 * variable CISCO_SUPPORT_CLIENT_ID binds to it.
	 */
	private String clientId;

	/**
	 * Client secret of the application registered in the Cisco API Console. The environment
	 * variable CISCO_SUPPORT_CLIENT_SECRET binds to it. Never logged or shown.
	 */
	private String clientSecret;

	/**
	 * OAuth2 token endpoint that issues client-credentials tokens.
	 */
	private String tokenUri = "https://id.cisco.com/oauth2/default/v1/token";

	/**
	 * Base URL of the Cisco Support APIs gateway.
	 */
	private String baseUrl = "https://apix.cisco.com";

	/**
	 * How the client credentials are sent to the token endpoint: in the form body, as Cisco
	 * documents, or in an HTTP Basic header.
	 */
	private ClientAuthentication clientAuthentication = ClientAuthentication.CLIENT_SECRET_POST;

	/**
	 * Connect timeout of token and API calls. Overrides spring.http.clients.connect-timeout for
	 * Cisco calls.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Time to wait for a response to a token or API call. Overrides
	 * spring.http.clients.read-timeout for Cisco calls. EoX pages of 1,000 records can take tens of
	 * seconds.
	 */
	private Duration responseTimeout = Duration.ofSeconds(60);

	/**
	 * Minimum time before expiry at which a token is replaced. The token is refreshed when it has
	 * less than the larger of this and 10% of its lifetime left.
	 */
	private Duration tokenRefreshSkew = Duration.ofSeconds(60);

	/**
	 * Largest response body held in memory while decoding. EoX pages of 1,000 records are about 2
	 * MB.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(16);

	/**
	 * Name of an SSL bundle (spring.ssl.bundle.*) whose trust material is used for token and API
	 * calls, for example to trust a corporate TLS-inspection proxy.
	 */
	private String sslBundle;

	private final Proxy proxy = new Proxy();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getClientId() {
		return this.clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public String getTokenUri() {
		return this.tokenUri;
	}

	public void setTokenUri(String tokenUri) {
		this.tokenUri = tokenUri;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public ClientAuthentication getClientAuthentication() {
		return this.clientAuthentication;
	}

	public void setClientAuthentication(ClientAuthentication clientAuthentication) {
		this.clientAuthentication = clientAuthentication;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Duration getTokenRefreshSkew() {
		return this.tokenRefreshSkew;
	}

	public void setTokenRefreshSkew(Duration tokenRefreshSkew) {
		this.tokenRefreshSkew = tokenRefreshSkew;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public String getSslBundle() {
		return this.sslBundle;
	}

	public void setSslBundle(String sslBundle) {
		this.sslBundle = sslBundle;
	}

	public Proxy getProxy() {
		return this.proxy;
	}

	@Override
	public String toString() {
		return "CiscoSupportProperties[clientId=" + this.clientId + ", clientSecret="
				+ ((this.clientSecret != null) ? "******" : null) + ", tokenUri=" + this.tokenUri + ", baseUrl="
				+ this.baseUrl + "]";
	}

	/**
	 * HTTP proxy for token and API calls.
	 */
	public static class Proxy {

		/**
		 * Host name of the HTTP proxy. No proxy is used when not set.
		 */
		private String host;

		/**
		 * Port of the HTTP proxy.
		 */
		private int port = 8080;

		/**
		 * User name for proxy authentication.
		 */
		private String username;

		/**
		 * Password for proxy authentication. Never logged or shown.
		 */
		private String password;

		/**
		 * Regular expression of host names reached directly rather than through the proxy, for
		 * example "localhost|.*\.internal\.example\.com".
		 */
		private String nonProxyHosts;

		public String getHost() {
			return this.host;
		}

		public void setHost(String host) {
			this.host = host;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getNonProxyHosts() {
			return this.nonProxyHosts;
		}

		public void setNonProxyHosts(String nonProxyHosts) {
			this.nonProxyHosts = nonProxyHosts;
		}

		@Override
		public String toString() {
			return "Proxy[host=" + this.host + ", port=" + this.port + ", username=" + this.username + ", password="
					+ ((this.password != null) ? "******" : null) + "]";
		}

	}

}
