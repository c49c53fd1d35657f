package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ciscosupport.test.simulator.data.SoftwareRelease.Image;

import static io.github.ciscosupport.test.simulator.data.RandomDraws.hex;

/**
 * Generates the software of the {@link CatalogueGenerator catalogue}, as the Software Suggestion
 * API serves it: the releases of every family with software, dated back from the as-of date, the
 * suggested ones flagged, each with its images; ISR 4000 and ASR 1000 add an NBAR2 protocol pack.
 *
 * @author cisco-support-spring
 */
final class SoftwareGenerator {

	private static final LocalDate AS_OF = Catalogue.AS_OF;

	private static final Pattern MAJOR_RELEASE = Pattern.compile("(\\d+)\\.(\\d+)");

	private static final Pattern RELEASE_TRAIN = Pattern.compile("\\)([A-Z]+)");

	private SoftwareGenerator() {
	}

	/** The software of every PID that has some, by PID. */
	static Map<String, List<SoftwareFamily>> generate(Random random, GeneratedProducts products) {
		Map<String, List<SoftwareFamily>> softwareByPid = new LinkedHashMap<>();
		for (Family family : Family.ALL) {
			if (!family.hasSoftware()) {
				continue;
			}
			List<SoftwareRelease> releases = new ArrayList<>();
			List<String> names = family.releases();
			// newest release a few weeks to months before the as-of date, older ones spaced back from it
			LocalDate[] dates = new LocalDate[names.size()];
			LocalDate newest = AS_OF.minusDays(30 + random.nextInt(170));
			for (int i = names.size() - 1; i >= 0; i--) {
				dates[i] = newest;
				newest = newest.minusDays(150 + random.nextInt(300));
			}
			for (int i = 0; i < names.size(); i++) {
				String release = names.get(i);
				LocalDate date = dates[i];
				boolean last = i == names.size() - 1;
				boolean suggested = names.size() <= 2 ? last : (i == names.size() - 2 || i == names.size() - 3);
				String lifeCycle = last && names.size() > 2 ? "ED" : (suggested ? "MD" : "LD");
				String fileVersion = release.replace('(', '.').replace(")", "").replace("..", ".");
				List<Image> images = new ArrayList<>();
				int imageCount = 1 + random.nextInt(2);
				for (int n = 0; n < imageCount; n++) {
					String file = family.imagePattern().replace("{v}", fileVersion);
					if (n > 0) {
						file = file.replaceFirst("\\.([a-zA-Z]+)$", "-npe.$1");
					}
					images.add(new Image(hex(random, 8) + "-" + hex(random, 4) + "-" + hex(random, 12), file,
							200_000_000L + random.nextInt(900_000_000), n == 0 ? "UNIVERSAL" : "NO PAYLOAD ENCRYPTION",
							2048 * (1 + random.nextInt(4)), 1024 * (2 + random.nextInt(14)), hex(random, 32)));
				}
				releases.add(new SoftwareRelease(release, release.replace('(', '.').replace(")", ""), date,
						majorRelease(release), releaseTrain(release), lifeCycle, suggested, List.copyOf(images)));
			}
			List<SoftwareFamily> software = new ArrayList<>();
			software.add(new SoftwareFamily(family.softwareType(), List.copyOf(releases)));
			if (family.key().equals("isr4000") || family.key().equals("asr1000")) {
				LocalDate nbar = AS_OF.minusDays(200);
				software.add(new SoftwareFamily("NBAR2 Protocol Pack",
						List.of(new SoftwareRelease("52.0.0", "52.0.0", nbar, "52.0", "", "MD", true,
								List.of(new Image(hex(random, 8) + "-" + hex(random, 4) + "-" + hex(random, 12),
										"pp-adv-isr4000-1712.1-52-52.0.0.pack", 12_000_000L, "NBAR2", 0, 0,
										hex(random, 32)))))));
			}
			for (Product product : products.all()) {
				if (product.hasSoftware() && products.family(product.productId()) == family) {
					softwareByPid.put(product.productId(), List.copyOf(software));
				}
			}
		}
		return softwareByPid;
	}

	private static String majorRelease(String release) {
		Matcher matcher = MAJOR_RELEASE.matcher(release);
		return matcher.find() ? matcher.group(1) + "." + matcher.group(2) : release;
	}

	private static String releaseTrain(String release) {
		Matcher matcher = RELEASE_TRAIN.matcher(release);
		return matcher.find() ? matcher.group(1) : "";
	}

}
