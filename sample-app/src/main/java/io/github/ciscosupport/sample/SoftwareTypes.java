package io.github.ciscosupport.sample;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ciscosupport.client.psirt.OsType;

/**
 * Maps the software types people write in inventories ({@code IOS XE}, {@code ios-xe},
 * {@code NX-OS System Software}, {@code Adaptive Security Appliance (ASA) Software}) to the
 * operating systems PSIRT answers release queries for.
 */
final class SoftwareTypes {

	private static final Pattern ACRONYM = Pattern.compile("\\(([A-Za-z]+)\\)");

	// Compiled once: the report looks up the type of every device.
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

	private SoftwareTypes() {
	}

	static Optional<OsType> osType(String softwareType) {
		Matcher acronym = ACRONYM.matcher(softwareType);
		String name = NOT_ALPHANUMERIC.matcher((acronym.find() ? acronym.group(1) : softwareType).toLowerCase(Locale.ROOT)
			.replace("software", "")
			.replace("system", "")).replaceAll("");
		return Arrays.stream(OsType.values())
			.filter((type) -> type.pathValue().equals(name) || type.name().replace("_", "").equalsIgnoreCase(name))
			.findFirst();
	}

	/** Whether two spellings name the same software, so a device's suggestion can be picked. */
	static boolean same(String a, String b) {
		Optional<OsType> type = osType(a);
		return type.isPresent() ? type.equals(osType(b)) : a.equalsIgnoreCase(b);
	}

}
