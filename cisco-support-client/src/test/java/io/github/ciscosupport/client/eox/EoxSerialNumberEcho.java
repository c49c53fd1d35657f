package io.github.ciscosupport.client.eox;

import java.util.List;
import java.util.stream.Collectors;

import io.github.ciscosupport.client.InputEcho;

/**
 * Answers an EoX by-serial-number request like Cisco: one record per serial number in the
 * path, or an {@code SSA_ERR_023} error record for serial numbers starting with
 * {@value #UNKNOWN_PREFIX}.
 */
final class EoxSerialNumberEcho {

	static final String NAME = "eox-serial-number-echo";

	static final String UNKNOWN_PREFIX = "UNKNOWN";

	private EoxSerialNumberEcho() {
	}

	static InputEcho transformer() {
		return new InputEcho(NAME, EoxSerialNumberEcho::body);
	}

	static String productIdOf(String serialNumber) {
		return "PID-" + serialNumber;
	}

	private static String body(List<String> serialNumbers) {
		String records = serialNumbers.stream().map(EoxSerialNumberEcho::record).collect(Collectors.joining(","));
		return "{\"PaginationResponseRecord\":{\"PageIndex\":1,\"LastIndex\":1},\"EOXRecord\":[" + records + "]}";
	}

	private static String record(String serialNumber) {
		if (serialNumber.startsWith(UNKNOWN_PREFIX)) {
			return """
					{"EOLProductID":"","EndOfSaleDate":{"value":"","dateFormat":null},"EOXError":{"ErrorID":"SSA_ERR_023",\
					"ErrorDescription":"EOX information does not exist for the following serial number(s): %1$s",\
					"ErrorDataType":"SERIAL_NUMBER","ErrorDataValue":"%1$s"},"EOXInputType":"ShowEOXBySerialNumber",\
					"EOXInputValue":"%1$s"}""".formatted(serialNumber);
		}
		return """
				{"EOLProductID":"%s","EndOfSaleDate":{"value":"2020-01-31","dateFormat":"YYYY-MM-DD"},\
				"EOXInputType":"ShowEOXBySerialNumber","EOXInputValue":"%s "}""".formatted(productIdOf(serialNumber), serialNumber);
	}

}
