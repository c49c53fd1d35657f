package io.github.ciscosupport.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.sample.Inventory.RejectedRow;

/**
 * Reads an inventory CSV, as exported from a spreadsheet, a CMDB or {@code show inventory}
 * scripts. The columns are found by the header's names, in any order and under their common
 * aliases ({@code serial}, {@code serial_number}, {@code sn}; {@code pid}, {@code product_id}...);
 * only the serial number is required. Without a header the columns are
 * {@code hostname,serial,pid,software_type,version}, or a serial number alone. Commas, semicolons
 * or tabs separate fields, {@code "quoted"} fields may hold them.
 * <p>
 * A row that cannot be read is rejected with its line number, never dropped silently; an input
 * where no row reads as a device is refused as a whole ({@link InventoryException}), so a wrong
 * file gives one message instead of one per line.
 */
final class InventoryReader {

	static final String HEADER = "hostname,serial,pid,software_type,version";

	// Cisco serial numbers are letters and digits; anything else is a typo or a shifted column.
	private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9-]{1,40}");

	private static final char[] DELIMITERS = { ',', ';', '\t' };

	private InventoryReader() {
	}

	/** Reads an inventory file's bytes: UTF-8, UTF-16 or Windows-1252 (see {@link InventoryText}). */
	static Inventory read(byte[] bytes, String source) {
		InventoryText text = InventoryText.decode(bytes, source);
		return read(text.text(), source, (text.note() != null) ? List.of(text.note()) : List.of());
	}

	static Inventory read(String csv) {
		return read(csv, "The inventory", List.of());
	}

	private static Inventory read(String csv, String source, List<String> notes) {
		List<String> warnings = new ArrayList<>(notes);
		String[] lines = (csv.startsWith("\uFEFF") ? csv.substring(1) : csv).split("\r\n|\n|\r", -1);
		int first = firstContentLine(lines);
		if (first < 0) {
			throw new InventoryException(source + " has no devices");
		}
		char delimiter = delimiter(lines[first]);
		Layout layout = Layout.of(fields(lines[first], delimiter));
		if (layout != null) {
			warnings.addAll(layout.warnings());
		}
		List<InventoryDevice> devices = new ArrayList<>();
		List<RejectedRow> rejected = new ArrayList<>();
		for (int i = (layout != null) ? first + 1 : first; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<String> fields = fields(line, delimiter);
			Layout rowLayout = (layout != null) ? layout : Layout.positional(fields);
			String problem = (fields == null) ? "unbalanced quotes" : rowLayout.problem(fields);
			InventoryDevice device = (problem == null) ? rowLayout.device(i + 1, fields) : null;
			if (device != null) {
				problem = problem(device);
			}
			if (problem != null) {
				rejected.add(new RejectedRow(i + 1, line, problem));
			}
			else {
				devices.add(device);
			}
		}
		String hint = (layout != null) ? "" : "; start it with a header line naming the columns, such as " + HEADER;
		return inventory(source, devices, rejected, warnings, hint);
	}

	/**
	 * An inventory of the devices read, unless none could be: then one message says so, with the
	 * first row's problem, instead of one message per row.
	 */
	static Inventory inventory(String source, List<InventoryDevice> devices, List<RejectedRow> rejected,
			List<String> warnings, String hint) {
		if (devices.isEmpty() && rejected.isEmpty()) {
			throw new InventoryException(source + " has no devices");
		}
		if (devices.isEmpty()) {
			RejectedRow example = rejected.get(0);
			throw new InventoryException(source + " does not look like an inventory: none of its " + rejected.size()
					+ ((rejected.size() == 1) ? " row" : " rows") + " could be read (line " + example.line() + ": "
					+ example.reason() + ")" + hint);
		}
		return new Inventory(List.copyOf(devices), List.copyOf(rejected), List.copyOf(warnings));
	}

	/** Checks a device however it arrived (CSV or JSON); {@code null} when it is usable. */
	static @Nullable String problem(InventoryDevice device) {
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

	private static int firstContentLine(String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
				return i;
			}
		}
		return -1;
	}

	/** The separator the first line uses most: a comma, or a semicolon or tab from a spreadsheet. */
	private static char delimiter(String line) {
		char best = ',';
		long most = 0;
		for (char candidate : DELIMITERS) {
			long count = line.chars().filter((c) -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	/** Splits a CSV line; {@code null} if a quote is left open. */
	private static @Nullable List<String> fields(String line, char delimiter) {
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
			else if (c == delimiter) {
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

	/**
	 * The columns of an inventory and the names people give them. Names are compared in lower
	 * case without spaces, dashes, underscores or dots, so {@code Serial Number},
	 * {@code serial_number} and {@code SerialNumber} are one name.
	 */
	enum Field {

		HOSTNAME("hostname", "host", "devicename", "device", "name", "sysname"),

		SERIAL("serial", "serialnumber", "sn", "serialno", "srno", "chassisserial", "chassisserialnumber"),

		PID("pid", "productid", "product", "productnumber", "model", "partnumber"),

		SOFTWARE_TYPE("softwaretype", "software", "ostype", "os"),

		VERSION("version", "softwareversion", "swversion", "osversion", "release", "softwarerelease");

		private final List<String> names;

		Field(String... names) {
			this.names = List.of(names);
		}

		static @Nullable Field named(String header) {
			String name = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
			return Arrays.stream(values()).filter((field) -> field.names.contains(name)).findFirst().orElse(null);
		}

	}

	/**
	 * Where each field is in a row: from a header, or by position.
	 *
	 * @param positions the column of each field that the inventory has
	 * @param columns how many fields a row has
	 * @param description the columns as a message names them
	 * @param warnings what the header made the reader ignore
	 */
	private record Layout(Map<Field, Integer> positions, int columns, String description, List<String> warnings) {

		private static final Layout POSITIONAL = new Layout(positions(Field.values()), Field.values().length, HEADER,
				List.of());

		private static final Layout SERIAL_ONLY = new Layout(positions(Field.SERIAL), 1, "serial", List.of());

		/** The layout a header line gives, or {@code null} when the line is not a header. */
		static @Nullable Layout of(@Nullable List<String> header) {
			if (header == null || header.stream().allMatch((name) -> Field.named(name) == null)) {
				return null;
			}
			Map<Field, Integer> positions = new EnumMap<>(Field.class);
			List<String> ignored = new ArrayList<>();
			for (int i = 0; i < header.size(); i++) {
				Field field = Field.named(header.get(i));
				if (field == null || positions.containsKey(field)) {
					if (!header.get(i).isBlank()) {
						ignored.add(header.get(i).strip());
					}
				}
				else {
					positions.put(field, i);
				}
			}
			String description = String.join(",", header);
			if (!positions.containsKey(Field.SERIAL)) {
				throw new InventoryException("The inventory's header (" + description
						+ ") has no serial number column: name it serial, serial_number or sn");
			}
			List<String> warnings = ignored.isEmpty() ? List.of()
					: List.of("Columns ignored: " + String.join(", ", ignored));
			return new Layout(positions, header.size(), description, warnings);
		}

		/** Without a header: the five columns in their usual order, or a serial number alone. */
		static Layout positional(@Nullable List<String> fields) {
			return (fields != null && fields.size() == 1) ? SERIAL_ONLY : POSITIONAL;
		}

		@Nullable String problem(List<String> fields) {
			// Extra empty fields (a trailing separator) are harmless; missing or extra values are not.
			boolean fits = fields.size() == this.columns || (fields.size() > this.columns
					&& fields.subList(this.columns, fields.size()).stream().allMatch(String::isBlank));
			if (fits) {
				return null;
			}
			String expected = "expected " + this.columns + " fields (" + this.description + ")";
			if (this == POSITIONAL) {
				expected = expected + " or 1 (serial)";
			}
			return expected + ", found " + fields.size();
		}

		InventoryDevice device(int line, List<String> fields) {
			return new InventoryDevice(line, get(fields, Field.HOSTNAME), get(fields, Field.SERIAL),
					get(fields, Field.PID), get(fields, Field.SOFTWARE_TYPE), get(fields, Field.VERSION));
		}

		private @Nullable String get(List<String> fields, Field field) {
			Integer position = this.positions.get(field);
			return (position != null) ? fields.get(position) : null;
		}

		private static Map<Field, Integer> positions(Field... fields) {
			Map<Field, Integer> positions = new EnumMap<>(Field.class);
			for (int i = 0; i < fields.length; i++) {
				positions.put(fields[i], i);
			}
			return positions;
		}

	}

}
