package io.github.ciscosupport.sample;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.sample.Inventory.RejectedRow;

import static org.assertj.core.api.Assertions.assertThat;
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
			.containsExactly(tuple(2, "core-1", "FHK0933224R"),
					tuple(4, "edge, west", "FXS2130Q286"));
		assertThat(inventory.rejectedRows()).extracting(RejectedRow::line, RejectedRow::reason)
			.containsExactly(tuple(3, "expected 5 fields (" + InventoryReader.HEADER + "), found 2"),
					tuple(7, "invalid serial number 'FOO BAR'"),
					tuple(8, "no serial number"),
					tuple(9, "software type and version go together"),
					tuple(10, "unbalanced quotes"));
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

}
