package io.github.ciscosupport.sample;

import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * The embedded simulator as the starter's connection details, which replace the
 * {@code cisco.support.*} connection properties.
 */
final class EmbeddedSimulatorConnectionDetails implements CiscoSupportConnectionDetails {

	private final CiscoSupportSimulator simulator;

	EmbeddedSimulatorConnectionDetails(CiscoSupportSimulator simulator) {
		this.simulator = simulator;
	}

	@Override
	public String getBaseUrl() {
		return this.simulator.baseUrl();
	}

	@Override
	public String getTokenUri() {
		return this.simulator.tokenUri();
	}

	@Override
	public String getClientId() {
		return this.simulator.clientId();
	}

	@Override
	public String getClientSecret() {
		return this.simulator.clientSecret();
	}

	@Override
	public String toString() {
		// The simulator's own toString() names its address and client ID, never the secret.
		return "EmbeddedSimulatorConnectionDetails[" + this.simulator + "]";
	}

}
