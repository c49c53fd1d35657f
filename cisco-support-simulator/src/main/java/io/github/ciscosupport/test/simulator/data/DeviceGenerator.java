package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.github.ciscosupport.test.simulator.data.RandomDraws.chars;
import static io.github.ciscosupport.test.simulator.data.RandomDraws.pick;

/**
 * Generates the devices of the {@link CatalogueGenerator catalogue}, as SN2INFO serves them:
 * serial numbers of the catalogue's hardware (chassis four times as often as modules, modules
 * often in a chassis), about two in three covered by a service contract of a customer, with
 * warranties, and the pinned serial numbers of the API reference with their recorded values.
 *
 * @author cisco-support-spring
 */
final class DeviceGenerator {

	private static final LocalDate AS_OF = Catalogue.AS_OF;

	private static final int DEVICE_COUNT = 5000;

	private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

	/** The customers of covered devices; RMAs of devices without one ship to the first. */
	static final List<Customer> CUSTOMERS = List.of(
			new Customer("EXAMPLE NETWORKS INC", "100 EXAMPLE WAY", "RALEIGH", "NC", "US", "27601"),
			new Customer("SIMULATED RETAIL GROUP", "1 MARKET STREET", "SAN FRANCISCO", "CA", "US", "94105"),
			new Customer("TEST UTILITIES AG", "MUSTERSTRASSE 12", "ZURICH", "ZH", "CH", "8001"),
			new Customer("SAMPLE UNIVERSITY", "200 CAMPUS DRIVE", "AUSTIN", "TX", "US", "78712"),
			new Customer("PLACEHOLDER LOGISTICS BV", "HAVENWEG 7", "ROTTERDAM", "ZH", "NL", "3011"),
			new Customer("DEMO HEALTH SYSTEM", "50 CARE PLAZA", "BOSTON", "MA", "US", "02115"),
			new Customer("FICTIONAL BANK PLC", "10 LEDGER LANE", "LONDON", "", "GB", "EC2V 7HH"),
			new Customer("MOCK MANUFACTURING KK", "3-1 KOJO-CHO", "OSAKA", "27", "JP", "530-0001"));

	private static final Customer CISCO_IT = new Customer("CISCO IT INTERNAL GLOBAL PRODUCTION NETWORK",
			"400 EAST TASMAN DRIVE", "SAN JOSE", "CA", "US", "95134");

	private static final List<String> CONTRACTS = List.of("203371074", "92511831", "93856120", "201445873",
			"94120037", "203998712", "91770254", "202316558", "95300461", "204187330");

	private static final List<String> SERVICE_LINES = List.of("SNTC-8X5XNBD", "SNTC-24X7X4", "CX LEVEL 2 8X5XNBD",
			"CX LEVEL 1 24X7X4", "PARTNER SUPPORT SERVICE 8X5XNBD", "SMARTNET 8X5XNBD");

	private static final List<String> PLANTS = List.of("FOC", "FDO", "FCW", "FCZ", "FXS", "FTX", "JAE", "JMX", "SAL",
			"CAT", "FGL", "JPE");

	private final GeneratedProducts products;

	private final List<Device> devices = new ArrayList<>();

	private DeviceGenerator(GeneratedProducts products) {
		this.products = products;
	}

	static List<Device> generate(Random random, GeneratedProducts products) {
		return new DeviceGenerator(products).generate(random);
	}

	private List<Device> generate(Random random) {
		Set<String> serials = new HashSet<>();
		List<Product> hardware = this.products.all().stream().filter((product) -> !product.isVariant()).toList();
		List<Product> weighted = new ArrayList<>();
		for (Product product : hardware) {
			int weight = "CHASSIS".equals(product.itemType()) ? 4 : 1;
			for (int i = 0; i < weight; i++) {
				weighted.add(product);
			}
		}
		List<Device> chassis = new ArrayList<>();
		addPinnedDevices(serials, chassis);
		int instance = 0;
		while (this.devices.size() < DEVICE_COUNT) {
			Product product = weighted.get(random.nextInt(weighted.size()));
			int year = Math.min(product.releaseDate().getYear() + random.nextInt(7), 2024);
			String serial;
			do {
				serial = pick(random, PLANTS) + twoDigits(year - 1996) + twoDigits(1 + random.nextInt(52))
						+ chars(random, ALPHANUMERIC, 4);
			}
			while (!serials.add(serial));
			String parent = null;
			if (!"CHASSIS".equals(product.itemType()) && !chassis.isEmpty() && random.nextInt(10) < 7) {
				parent = chassis.get(random.nextInt(chassis.size())).serialNumber();
			}
			LocalDate manufactured = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
			String instanceNumber = String.valueOf(900_000_000L + (instance++) * 17L + random.nextInt(17));
			boolean covered = random.nextInt(100) < 65;
			String warrantyType = null;
			LocalDate warrantyEnd = null;
			if (random.nextInt(100) < 60) {
				int kind = random.nextInt(4);
				warrantyType = List.of("WARR-ELTD-LIFE-HW", "WARR-1YR-RTF", "WARR-90D-SW", "WARR-5YR-LTD-HW").get(kind);
				warrantyEnd = switch (kind) {
					case 0 -> manufactured.plusYears(12);
					case 1 -> manufactured.plusYears(1);
					case 2 -> manufactured.plusDays(90);
					default -> manufactured.plusYears(5);
				};
			}
			Device device;
			if (covered) {
				int contract = random.nextInt(CONTRACTS.size());
				device = new Device(serial, product.productId(), parent, instanceNumber, true, CONTRACTS.get(contract),
						pick(random, SERVICE_LINES), AS_OF.plusDays(1 + random.nextInt(1100)), warrantyEnd,
						warrantyType, CUSTOMERS.get(contract % CUSTOMERS.size()), contract < 4);
			}
			else {
				device = new Device(serial, product.productId(), parent, instanceNumber, false, null, null, null,
						warrantyEnd, warrantyType, null, random.nextInt(10) < 3);
			}
			this.devices.add(device);
			if ("CHASSIS".equals(product.itemType())) {
				chassis.add(device);
			}
		}
		return this.devices;
	}

	private void addPinnedDevices(Set<String> serials, List<Device> chassis) {
		List<Device> pinned = List.of(
				new Device("FHK0933224R", "CISCO1811W-AG-A/K9", null, "917280353", false, null, null, null, null,
						null, null, false),
				new Device("FXS2130Q286", "C9410R", null, "917280354", true, "203371074", "CX LEVEL 2 8X5XNBD",
						LocalDate.of(2023, 12, 31), LocalDate.of(2029, 4, 9), "WARR-ELTD-LIFE-HW", CISCO_IT, true),
				new Device("FTX1910100B", "WS-C3560-48PS-S", null, "917280355", true, "92511831", "SNTC-8X5XNBD",
						AS_OF.plusDays(400), LocalDate.of(2016, 3, 10), "WARR-1YR-RTF", CUSTOMERS.get(1), true),
				new Device("FTX1234ABCD", "CISCO1841", null, "917280356", true, "92511831", "SNTC-8X5XNBD",
						AS_OF.plusDays(200), null, null, CUSTOMERS.get(1), true),
				new Device("FOC11517LEX", "HWIC-4ESW", "FTX1234ABCD", "917280357", true, "92511831", "SNTC-8X5XNBD",
						AS_OF.plusDays(200), null, null, CUSTOMERS.get(1), true),
				new Device("CAT2241L55B", "C9500-48Y4C-A", null, "917280358", true, "203371074",
						"CX LEVEL 2 8X5XNBD", AS_OF.plusDays(500), LocalDate.of(2030, 10, 12), "WARR-ELTD-LIFE-HW",
						CISCO_IT, true));
		for (Device device : pinned) {
			serials.add(device.serialNumber());
			this.devices.add(device);
			if ("CHASSIS".equals(this.products.get(device.productId()).itemType())) {
				chassis.add(device);
			}
		}
	}

	private static String twoDigits(int value) {
		return (value < 10) ? "0" + value : String.valueOf(value);
	}

}
