package io.github.ciscosupport.test.simulator.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the whole generated catalogue by the SHA-256 of a canonical dump: every record of every
 * section, the software of every PID and the OS versions of every OS type, in catalogue order.
 * Refactoring the generator must keep these digests; a deliberate change of the data changes them
 * (update the values and the README's figures together).
 */
class CatalogueDigestTests {

	@Test
	void standardCatalogueIsUnchanged() {
		assertThat(digest(CatalogueGenerator.generate(Catalogue.SEED)))
			.isEqualTo("543b2f6afc6b7e1a28ba51ae108255309b08cbe1a2abaff42acbd8221f561312");
	}

	@Test
	void catalogueOfAnotherSeedIsUnchanged() {
		assertThat(digest(CatalogueGenerator.generate(42)))
			.isEqualTo("747980fab5cae310e3155ea3861119211b518378b612d08a68fe9e24d87ac6f4");
	}

	static String digest(Catalogue catalogue) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(dump(catalogue).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Records print every component, so their {@code toString()} is a complete canonical form. */
	private static String dump(Catalogue catalogue) {
		StringBuilder dump = new StringBuilder();
		lines(dump, "product", catalogue.products());
		lines(dump, "device", catalogue.devices());
		lines(dump, "eox", catalogue.eoxRecords());
		lines(dump, "bug", catalogue.bugs());
		lines(dump, "advisory", catalogue.advisories());
		for (Product product : catalogue.products()) {
			dump.append("software ").append(product.productId()).append(' ')
				.append(catalogue.software(product.productId())).append('\n');
		}
		List<String> osTypes = Family.ALL.stream().map(Family::osType).filter(Objects::nonNull).distinct().toList();
		for (String osType : osTypes) {
			dump.append("os ").append(osType).append(' ').append(catalogue.osVersions(osType)).append('\n');
		}
		lines(dump, "case", catalogue.cases());
		lines(dump, "rma", catalogue.rmas());
		return dump.toString();
	}

	private static void lines(StringBuilder dump, String kind, List<?> records) {
		dump.append(kind).append("s ").append(records.size()).append('\n');
		for (Object record : records) {
			dump.append(kind).append(' ').append(record).append('\n');
		}
	}

}
