package io.github.ciscosupport.client.eox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like;

/**
 * Answers an EoX by-serial-number request like Cisco: one record per serial number in the
 * path, or an {@code SSA_ERR_023} error record for serial numbers starting with
 * {@value #UNKNOWN_PREFIX}.
 */
class EoxSerialNumberEcho implements ResponseDefinitionTransformerV2 {

	static final String NAME = "eox-serial-number-echo";

	static final String UNKNOWN_PREFIX = "UNKNOWN";

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		String path = serveEvent.getRequest().getUrl().split("\\?")[0];
		String joined = path.substring(path.lastIndexOf('/') + 1);
		String records = Arrays.stream(joined.split(","))
			.map((serial) -> URLDecoder.decode(serial, StandardCharsets.UTF_8))
			.map(EoxSerialNumberEcho::record)
			.collect(Collectors.joining(","));
		return like(serveEvent.getResponseDefinition())
			.withHeader("Content-Type", "application/json")
			.withBody("{\"PaginationResponseRecord\":{\"PageIndex\":1,\"LastIndex\":1},\"EOXRecord\":[" + records + "]}")
			.build();
	}

	static String productIdOf(String serialNumber) {
		return "PID-" + serialNumber;
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

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

}
