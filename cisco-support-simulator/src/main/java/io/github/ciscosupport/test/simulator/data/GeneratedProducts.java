package io.github.ciscosupport.test.simulator.data;

import java.util.List;
import java.util.Map;

/**
 * The products and hardware EoX records the {@link ProductGenerator} made, as the later sections
 * of the {@link CatalogueGenerator catalogue} look them up.
 *
 * @param all every product, variants included, in generation order
 * @param byId the products by PID
 * @param familyByPid the family of every PID
 * @param eoxRecords the hardware EoX records, variants included
 * @author cisco-support-spring
 */
record GeneratedProducts(List<Product> all, Map<String, Product> byId, Map<String, Family> familyByPid,
		List<EoxRecord> eoxRecords) {

	Product get(String productId) {
		return this.byId.get(productId);
	}

	Family family(String productId) {
		return this.familyByPid.get(productId);
	}

}
