package io.github.ciscosupport.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.sample.Inventory.RejectedRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class InventoryReaderTests {

	@Test
	void readsDevicesAndReportsEveryMalformedRowWithItsLineNumber() {
		Inventory inventory = InventoryReader.read("""
				hostname,serial,pid,software type,version
				core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS,15.2(2)E10
				broken-row,FOO
				"edge, west",FXS2130Q286,"WS-C3560-48PS-S",IOS XE,16.6.10

				# a comment
				bad-serial,FOO BAR,WS-C3560-48PS-S,,
				no-serial,,WS-C3560-48PS-S,,
				half-software,FOC11517LEX,WS-C3560-48PS-S,IOS,
				open-quote,"FOC11517LEX,WS-C3560-48PS-S,,
				""");

		assertThat(inventory.devices()).extracting(InventoryDevice::line, InventoryDevice::hostname,
				InventoryDevice::serialNumber)
			.containsExactly(tuple(2, "core-1", "FHK0933224R"), tuple(4, "edge, west", "FXS2130Q286"));
		assertThat(inventory.rejectedRows()).extracting(RejectedRow::line, RejectedRow::reason)
			.containsExactly(tuple(3, "expected 5 fields (hostname,serial,pid,software type,version), found 2"),
					tuple(7, "invalid serial number 'FOO BAR'"), tuple(8, "no serial number"),
					tuple(9, "software type and version go together"), tuple(10, "unbalanced quotes"));
		assertThat(inventory.warnings()).isEmpty();
	}

	@Test
	void findsColumnsByTheirHeaderNamesInAnyOrderUnderCommonAliases() {
		Inventory inventory = InventoryReader.read("""
				Software Version;SN;Location;Product ID;Device Name;OS
				17.9.5;FOC11517LEX;Lab 3;WS-C3560-48PS-S;lab-sw-1;IOS XE
				""");

		assertThat(inventory.devices()).singleElement()
			.isEqualTo(new InventoryDevice(2, "lab-sw-1", "FOC11517LEX", "WS-C3560-48PS-S", "IOS XE", "17.9.5"));
		assertThat(inventory.warnings()).containsExactly("Columns ignored: Location");
		assertThat(InventoryReader.Field.named("serial_number")).isEqualTo(InventoryReader.Field.SERIAL);
		assertThat(InventoryReader.Field.named("Serial Number")).isEqualTo(InventoryReader.Field.SERIAL);
		assertThat(InventoryReader.Field.named("product_id")).isEqualTo(InventoryReader.Field.PID);
		assertThat(InventoryReader.Field.named("software_version")).isEqualTo(InventoryReader.Field.VERSION);
		assertThat(InventoryReader.Field.named("software_type")).isEqualTo(InventoryReader.Field.SOFTWARE_TYPE);
		assertThat(InventoryReader.Field.named("hostname")).isEqualTo(InventoryReader.Field.HOSTNAME);
	}

	@Test
	void readsAnInventoryOfSerialNumbersAloneWithOrWithoutHeader() {
		assertThat(InventoryReader.read("serial_number\nFHK0933224R\nFOC11517LEX\n").devices())
			.extracting(InventoryDevice::serialNumber, InventoryDevice::productId)
			.containsExactly(tuple("FHK0933224R", ""), tuple("FOC11517LEX", ""));
		assertThat(InventoryReader.read("FHK0933224R\nFOC11517LEX\n").devices())
			.extracting(InventoryDevice::line, InventoryDevice::serialNumber)
			.containsExactly(tuple(1, "FHK0933224R"), tuple(2, "FOC11517LEX"));
	}

	@Test
	void readsAUtf8FileWithAByteOrderMarkAndWindowsLineEnds() {
		byte[] bytes = bytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"hostname,serial,pid\r\nzürich-1,FHK0933224R,CISCO1811W-AG-A/K9\r\n".getBytes(StandardCharsets.UTF_8));

		Inventory inventory = InventoryReader.read(bytes, "devices.csv");

		assertThat(inventory.devices()).singleElement()
			.satisfies((device) -> assertThat(device.hostname()).isEqualTo("zürich-1"))
			.satisfies((device) -> assertThat(device.productId()).isEqualTo("CISCO1811W-AG-A/K9"));
		assertThat(inventory.warnings()).isEmpty();
	}

	@Test
	void readsAWindows1252FileAndSaysSo() {
		byte[] bytes = "hostname,serial\nzürich-€,FHK0933224R\n".getBytes(Charset.forName("windows-1252"));

		Inventory inventory = InventoryReader.read(bytes, "devices.csv");

		assertThat(inventory.devices()).singleElement()
			.satisfies((device) -> assertThat(device.hostname()).isEqualTo("zürich-€"));
		assertThat(inventory.warnings()).containsExactly("devices.csv is not UTF-8: read as Windows-1252 (Latin-1)");
	}

	@Test
	void readsAUtf16FileFromASpreadsheetsUnicodeText() {
		byte[] bytes = "\uFEFFhostname\tserial\ncore-1\tFHK0933224R\n".getBytes(StandardCharsets.UTF_16LE);

		assertThat(InventoryReader.read(bytes, "devices.txt").devices()).singleElement()
			.satisfies((device) -> assertThat(device.serialNumber()).isEqualTo("FHK0933224R"));
	}

	@Test
	void refusesBytesThatAreNotText() {
		assertThatExceptionOfType(InventoryException.class)
			.isThrownBy(() -> InventoryReader.read(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "devices.xlsx"))
			.withMessage("devices.xlsx is not a text file (byte 4 is 0): save the inventory as CSV");
		assertThatExceptionOfType(InventoryException.class)
			.isThrownBy(() -> InventoryReader.read(new byte[] { 'a', ',', (byte) 0xE9, (byte) 0x81 }, "devices.csv"))
			.withMessage("devices.csv cannot be read as text: byte 0x81 at offset 3 is not windows-1252; "
					+ "save the inventory as CSV (UTF-8)");
	}

	@Test
	void stopsWithOneMessageWhenNoRowLooksLikeADevice() {
		String notAnInventory = IntStream.range(0, 5000)
			.mapToObj((i) -> "invoice " + i + ",EUR 12.50,paid")
			.collect(Collectors.joining("\n"));

		assertThatExceptionOfType(InventoryException.class)
			.isThrownBy(() -> InventoryReader.read(notAnInventory.getBytes(StandardCharsets.UTF_8), "report.csv"))
			.withMessage("report.csv does not look like an inventory: none of its 5000 rows could be read (line 1: "
					+ "expected 5 fields (" + InventoryReader.HEADER + ") or 1 (serial), found 3); "
					+ "start it with a header line naming the columns, such as " + InventoryReader.HEADER);
		assertThatExceptionOfType(InventoryException.class)
			.isThrownBy(() -> InventoryReader.read("hostname,pid\ncore-1,WS-C3560-48PS-S\n"))
			.withMessage("The inventory's header (hostname,pid) has no serial number column: "
					+ "name it serial, serial_number or sn");
		assertThatExceptionOfType(InventoryException.class).isThrownBy(() -> InventoryReader.read("\n# nothing\n"))
			.withMessage("The inventory has no devices");
	}

	@Test
	void findsSerialNumbersListedMoreThanOnce() {
		Inventory inventory = InventoryReader.read("""
				serial,hostname
				FHK0933224R,core-1
				FOC11517LEX,edge-1
				fhk0933224r,core-1-again
				""");

		assertThat(inventory.duplicateSerialNumbers()).containsExactly(entry("FHK0933224R", java.util.List.of(2, 4)));
	}

	@Test
	void mapsTheSoftwareTypesPeopleWriteToPsirtOsTypes() {
		assertThat(SoftwareTypes.osType("IOS XE Software")).hasValueSatisfying((t) -> assertThat(t.pathValue()).isEqualTo("iosxe"));
		assertThat(SoftwareTypes.osType("ios-xe")).hasValueSatisfying((t) -> assertThat(t.pathValue()).isEqualTo("iosxe"));
		assertThat(SoftwareTypes.osType("NX-OS System Software")).hasValueSatisfying((t) -> assertThat(t.pathValue()).isEqualTo("nxos"));
		assertThat(SoftwareTypes.osType("Adaptive Security Appliance (ASA) Software")).hasValueSatisfying((t) -> assertThat(t.pathValue()).isEqualTo("asa"));
		assertThat(SoftwareTypes.osType("IOS")).hasValueSatisfying((t) -> assertThat(t.pathValue()).isEqualTo("ios"));
		assertThat(SoftwareTypes.osType("Wireless LAN Controller Software")).isEmpty();
	}

	private static byte[] bytes(byte[] first, byte[] second) {
		byte[] bytes = new byte[first.length + second.length];
		System.arraycopy(first, 0, bytes, 0, first.length);
		System.arraycopy(second, 0, bytes, first.length, second.length);
		return bytes;
	}

}
