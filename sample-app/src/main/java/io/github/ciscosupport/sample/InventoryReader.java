package io.github.ciscosupport.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.github.ciscosupport.sample.Inventory.RejectedRow;

/**
 * Reads an inventory CSV: {@code hostname,serial,pid,software type,version}, with or without a
 * header line, {@code "quoted"} fields allowed. A row that cannot be read is rejected with its line
 * number, never dropped silently.
 */
final class InventoryReader {

	static final String HEADER = "hostname,serial,pid,software_type,version";

	private static final int COLUMNS = 5;

	// Cisco serial numbers are letters and digits; anything else is a typo or a shifted column.
	private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private InventoryReader() {
	}

	static Inventory read(String csv) {
		List<InventoryDevice> devices = new ArrayList<>();
		List<RejectedRow> rejected = new ArrayList<>();
		String[] lines = csv.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.startsWith("#") || (i == 0 && isHeader(line))) {
				continue;
			}
			List<String> fields = fields(line);
			if (fields == null) {
				rejected.add(new RejectedRow(i + 1, line, "unbalanced quotes"));
			}
			else if (fields.size() != COLUMNS) {
				rejected.add(new RejectedRow(i + 1, line,
						"expected " + COLUMNS + " fields (" + HEADER + "), found " + fields.size()));
			}
			else {
				InventoryDevice device = new InventoryDevice(i + 1, fields.get(0), fields.get(1), fields.get(2),
						fields.get(3), fields.get(4));
				String problem = problem(device);
				if (problem != null) {
					rejected.add(new RejectedRow(i + 1, line, problem));
				}
				else {
					devices.add(device);
				}
			}
		}
		return new Inventory(List.copyOf(devices), List.copyOf(rejected));
	}

	/** Checks a device however it arrived (CSV or JSON); {@code null} when it is usable. */
	static String problem(InventoryDevice device) {
		if (device.serialNumber().isEmpty()) {
			return "no serial number";
		}
		if (!SERIAL.matcher(device.serialNumber()).matches()) {
			return "invalid serial number '" + device.serialNumber() + "'";
		}
		if (device.softwareVersion().isEmpty() != device.softwareType().isEmpty()) {
			return "software type and version go together";
		}
		return null;
	}

	private static boolean isHeader(String line) {
		return line.toLowerCase(Locale.ROOT).contains("serial");
	}

	/** Splits a CSV line; {@code null} if a quote is left open. */
	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return quoted ? null : fields;
	}

}
