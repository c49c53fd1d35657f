package io.github.ciscosupport.autoconfigure;

/**
 * {@link CiscoSupportConnectionDetails} from the {@code cisco.support.*} properties.
 */
final class PropertiesCiscoSupportConnectionDetails implements CiscoSupportConnectionDetails {

	private final CiscoSupportProperties properties;

	PropertiesCiscoSupportConnectionDetails(CiscoSupportProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public String getTokenUri() {
		return this.properties.getTokenUri();
	}

	@Override
	public String getClientId() {
		return this.properties.getClientId();
	}

	@Override
	public String getClientSecret() {
		return this.properties.getClientSecret();
	}

	@Override
	public String toString() {
		return "PropertiesCiscoSupportConnectionDetails[baseUrl=" + getBaseUrl() + ", tokenUri=" + getTokenUri()
				+ ", clientId=" + getClientId() + "]";
	}

}
