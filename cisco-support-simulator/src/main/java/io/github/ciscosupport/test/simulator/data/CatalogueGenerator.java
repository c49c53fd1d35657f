package io.github.ciscosupport.test.simulator.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the {@link Catalogue} from a seed, one section after the other: products and
 * hardware EoX ({@link ProductGenerator}), software EoX ({@link SoftwareEoxGenerator}), software
 * suggestions ({@link SoftwareGenerator}), devices and coverage ({@link DeviceGenerator}), bugs
 * ({@link BugGenerator}), security advisories ({@link AdvisoryGenerator}), cases and RMAs
 * ({@link CaseGenerator}). Each section draws from its own {@link Random}, so growing one section
 * does not reshuffle the others. The real examples of the API reference (serials
 * {@code FHK0933224R}, {@code FXS2130Q286}, {@code FOC11517LEX}, {@code FTX1910100B}, bug
 * {@code CSCvc57217}, advisory {@code cisco-sa-lsplus-Z6AQEOjk}…) are pinned with their recorded
 * values.
 *
 * @author cisco-support-spring
 */
final class CatalogueGenerator {

	private final long seed;

	private CatalogueGenerator(long seed) {
		this.seed = seed;
	}

	static Catalogue generate(long seed) {
		return new CatalogueGenerator(seed).build();
	}

	private Catalogue build() {
		EoxBulletinNumbers bulletinNumbers = new EoxBulletinNumbers();
		GeneratedProducts products = ProductGenerator.generate(random(1), bulletinNumbers);
		List<EoxRecord> eoxRecords = new ArrayList<>(products.eoxRecords());
		eoxRecords.addAll(SoftwareEoxGenerator.generate(random(2), bulletinNumbers));
		Map<String, List<SoftwareFamily>> software = SoftwareGenerator.generate(random(3), products);
		List<Device> devices = DeviceGenerator.generate(random(4), products);
		GeneratedBugs bugs = BugGenerator.generate(random(5), products);
		List<Advisory> advisories = AdvisoryGenerator.generate(random(6), bugs);
		GeneratedCases cases = CaseGenerator.generate(random(7), products, devices, bugs);
		return new Catalogue(products.all(), devices, eoxRecords, bugs.all(), advisories, software,
				AdvisoryGenerator.osVersions(), cases.cases(), cases.rmas());
	}

	private Random random(int section) {
		return new Random(this.seed * 1_000_003L + section);
	}

}
