package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the products of the {@link CatalogueGenerator catalogue}, the hardware PIDs of every
 * {@link Family}, with their hardware EoX records; a PID with a bulletin also gets its
 * {@code -RF} (remanufactured) and {@code =} (spare) variants, which share it.
 *
 * @author cisco-support-spring
 */
final class ProductGenerator {

	private static final LocalDate AS_OF = Catalogue.AS_OF;

	private final HardwareEoxBulletins bulletins;

	private final Map<String, Family> familyByPid = new LinkedHashMap<>();

	private final List<Product> products = new ArrayList<>();

	private final Map<String, Product> productById = new LinkedHashMap<>();

	private final List<EoxRecord> eoxRecords = new ArrayList<>();

	private ProductGenerator(EoxBulletinNumbers bulletinNumbers) {
		this.bulletins = new HardwareEoxBulletins(bulletinNumbers);
	}

	static GeneratedProducts generate(Random random, EoxBulletinNumbers bulletinNumbers) {
		return new ProductGenerator(bulletinNumbers).generate(random);
	}

	private GeneratedProducts generate(Random random) {
		int mdf = 0;
		for (Family family : Family.ALL) {
			List<String> eoxPids = new ArrayList<>();
			List<String> familyPids = new ArrayList<>();
			for (String pid : family.expandedPids()) {
				if (this.familyByPid.containsKey(pid)) {
					continue;
				}
				this.familyByPid.put(pid, family);
				familyPids.add(pid);
				boolean eox = isPinnedEox(pid) || (!isPinnedActive(pid) && random.nextInt(100) < family.eoxPercent());
				if (eox) {
					eoxPids.add(pid);
				}
			}
			Map<String, EoxRecord> eoxByPid = this.bulletins.bulletins(family, eoxPids, random);
			for (String pid : familyPids) {
				EoxRecord eox = eoxByPid.get(pid);
				String itemType = ProductNames.itemType(family, pid);
				boolean software = family.hasSoftware() && "CHASSIS".equals(itemType);
				String mdfId = "28" + (3_000_000 + (mdf++) * 37 + random.nextInt(37));
				LocalDate released = LocalDate.of(family.firstYear() + random.nextInt(3), 1 + random.nextInt(12), 1);
				boolean orderable = eox == null || eox.endOfSaleDate().isAfter(AS_OF);
				String name = ProductNames.productName(family, pid);
				String description = ProductNames.productDescription(family, pid, itemType, random);
				Product product = new Product(pid, pid, name, description, family.series(), family.type(),
						family.category(), family.subcategory(), itemType, mdfId, software ? family.osType() : null,
						software ? family.softwareType() : null, released, orderable);
				addProduct(product);
				if (eox != null) {
					this.eoxRecords.add(eox);
					for (String suffix : List.of("-RF", "=")) {
						String variant = pid + suffix;
						String variantDescription = suffix.equals("-RF") ? "REMANUFACTURED " + description
								: description + " (Spare)";
						addProduct(new Product(variant, pid, name, variantDescription, family.series(), family.type(),
								family.category(), family.subcategory(), itemType, null, null, null, released,
								false));
						this.familyByPid.putIfAbsent(variant, family);
						this.eoxRecords.add(new EoxRecord(variant, variantDescription, eox.bulletinNumber(),
								eox.bulletinUrl(), eox.externalAnnouncementDate(), eox.endOfSaleDate(),
								eox.endOfSwMaintenanceReleases(), eox.endOfSecurityVulSupportDate(),
								eox.endOfRoutineFailureAnalysisDate(), eox.endOfServiceContractRenewal(),
								eox.lastDateOfSupport(), eox.endOfSvcAttachDate(), eox.updatedTimeStamp(),
								eox.migration(), null, null));
					}
				}
			}
		}
		return new GeneratedProducts(this.products, this.productById, this.familyByPid, this.eoxRecords);
	}

	private void addProduct(Product product) {
		this.products.add(product);
		this.productById.put(product.productId(), product);
	}

	private static boolean isPinnedEox(String pid) {
		return Set.of("CISCO1811W-AG-A/K9", "WS-C3850-48XS-E", "WS-C3560-48PS-S", "HWIC-4ESW").contains(pid);
	}

	private static boolean isPinnedActive(String pid) {
		return Set.of("C9410R", "C9500-48Y4C", "C9500-48Y4C-A", "C9300-48P-A").contains(pid);
	}

}
