package io.github.ciscosupport.sample;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The text of an inventory file. Spreadsheets save CSV as UTF-8 (with or without a byte order
 * mark), as Windows-1252 on Western Windows machines, or as UTF-16 ("Unicode text"): all are read.
 * A file that is none of these (a workbook, a PDF) is refused with one sentence rather than read as
 * garbage.
 *
 * @param text the decoded text, without a byte order mark
 * @param note what the reader should know about the encoding (a Windows-1252 file), or
 * {@code null}
 */
record InventoryText(String text, @Nullable String note) {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static InventoryText decode(byte[] bytes, String source) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new InventoryText(strict(bytes, 3, StandardCharsets.UTF_8, source), null);
		}
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			// The byte order mark tells UTF-16's endianness; the decoder reads it and drops it.
			return new InventoryText(strict(bytes, 0, StandardCharsets.UTF_16, source), null);
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new InventoryException(source + " is not a text file (byte " + i
						+ " is 0): save the inventory as CSV");
			}
		}
		try {
			return new InventoryText(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), null);
		}
		catch (CharacterCodingException notUtf8) {
			return new InventoryText(strict(bytes, 0, WINDOWS_1252, source),
					source + " is not UTF-8: read as Windows-1252 (Latin-1)");
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset, String source) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		try {
			return decoder(charset).decode(buffer).toString();
		}
		catch (CharacterCodingException ex) {
			throw new InventoryException(String.format(Locale.ROOT,
					"%s cannot be read as text: byte 0x%02X at offset %d is not %s; save the inventory as CSV (UTF-8)",
					source, bytes[buffer.position()] & 0xFF, buffer.position(), charset.displayName(Locale.ROOT)));
		}
	}

	private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
