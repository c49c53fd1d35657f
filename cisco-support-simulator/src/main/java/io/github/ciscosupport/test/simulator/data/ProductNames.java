package io.github.ciscosupport.test.simulator.data;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static io.github.ciscosupport.test.simulator.data.RandomDraws.pick;

/**
 * Item types, names and descriptions of the {@link CatalogueGenerator catalogue}'s products, the
 * pinned examples of the API reference with their recorded values.
 *
 * @author cisco-support-spring
 */
final class ProductNames {

	private static final Pattern MODULE_PID = Pattern
		.compile(".*(-LC-|-NM-|^N9K-X|^N55-M|^N7K-[FM]|^ASR1000-(RP|ESP)).*");

	private static final Pattern POWER_PID = Pattern.compile(".*-PWR-.*");

	private ProductNames() {
	}

	static String itemType(Family family, String pid) {
		if (POWER_PID.matcher(pid).matches()) {
			return "POWER SUPPLY";
		}
		if (MODULE_PID.matcher(pid).matches()) {
			return "MODULE";
		}
		return family.itemType();
	}

	static String productName(Family family, String pid) {
		return switch (pid) {
			case "WS-C3560-48PS-S" -> "Catalyst 3560 48 10/100 PoE + 4 SFP";
			case "C9410R" -> "Cisco Catalyst 9410R Switch";
			case "CISCO1811W-AG-A/K9" -> "Cisco 1811W Integrated Services Router";
			case "HWIC-4ESW" -> "Cisco 4-Port 10/100 Ethernet Switch HWIC";
			default -> family.shortName() + " " + family.noun() + " " + pid;
		};
	}

	static String productDescription(Family family, String pid, String itemType, Random random) {
		switch (pid) {
			case "WS-C3560-48PS-S":
				return "Catalyst 3560 48 10/100 PoE + 4 SFP Standard Image";
			case "C9410R":
				return "Cisco Catalyst 9400 Series 10 slot chassis";
			case "CISCO1811W-AG-A/K9":
				return "Security Router with 802.11a+g FCC Compliant and Analog B/U";
			case "HWIC-4ESW":
				return "Four port 10BaseT/100BaseTX EtherSwitch WIC";
			case "WS-C3850-48XS-E":
				return "Cisco Catalyst 3850 48 Port 10G Fiber Switch IP Services";
			default:
				break;
		}
		List<String> traits = switch (itemType) {
			case "MODULE" -> List.of("network module", "line card", "interface card");
			case "POWER SUPPLY" -> List.of("AC power supply", "spare power supply", "config 1 power supply");
			case "TRANSCEIVER" -> List.of("transceiver module", "SFP module", "optical module");
			default -> List.of("4 x 1G uplinks", "4 x 10G uplinks", "modular uplinks", "PoE+", "UPOE",
					"IP Base", "Network Advantage", "Network Essentials", "Security bundle");
		};
		return family.shortName() + " " + pid + " " + family.noun() + ", " + pick(random, traits);
	}

}
