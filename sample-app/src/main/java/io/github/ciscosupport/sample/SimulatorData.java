package io.github.ciscosupport.sample;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * Whether the application runs against the embedded simulator, and the sample inventory that
 * matches its catalogue. Real Cisco data has no sample: its serial numbers are the user's own.
 */
final class SimulatorData {

	private final @Nullable CiscoSupportSimulator simulator;

	private volatile @Nullable String sampleInventory;

	SimulatorData(@Nullable CiscoSupportSimulator simulator) {
		this.simulator = simulator;
	}

	boolean active() {
		return this.simulator != null;
	}

	Optional<String> sampleInventory() {
		if (this.simulator == null) {
			return Optional.empty();
		}
		if (this.sampleInventory == null) {
			this.sampleInventory = SampleInventory.csv(this.simulator.catalogue(), SampleInventory.DEFAULT_SIZE);
		}
		return Optional.of(this.sampleInventory);
	}

	Optional<String> sampleInventory(int size) {
		return Optional.ofNullable(this.simulator).map((simulator) -> SampleInventory.csv(simulator.catalogue(), size));
	}

}
