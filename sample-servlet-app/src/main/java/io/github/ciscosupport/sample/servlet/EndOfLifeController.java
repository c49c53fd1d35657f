package io.github.ciscosupport.sample.servlet;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import io.github.ciscosupport.client.BlockingCiscoSupportClient;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.eox.EoxRecord;

/**
 * End-of-life dates, the blocking way: each request's thread (a virtual thread with
 * {@code spring.threads.virtual.enabled=true}) waits for Cisco's answer.
 */
@RestController
class EndOfLifeController {

	private final BlockingCiscoSupportClient cisco;

	private final RestClient ciscoRestClient;

	private final EoxHttp eoxHttp;

	EndOfLifeController(BlockingCiscoSupportClient cisco,
			@Qualifier("ciscoSupportRestClient") RestClient ciscoRestClient, EoxHttp eoxHttp) {
		this.cisco = cisco;
		this.ciscoRestClient = ciscoRestClient;
		this.eoxHttp = eoxHttp;
	}

	/** One answer per serial number, in the order asked. */
	@GetMapping("/end-of-life")
	List<EndOfLife> endOfLife(@RequestParam List<String> serials) {
		return this.cisco.eox().bySerialNumbers(serials).stream().map(EndOfLife::of).toList();
	}

	/** A call no typed client makes, through the RestClient with the Cisco token and policies. */
	@GetMapping("/raw/eox")
	String rawEox(@RequestParam String productId) {
		return this.ciscoRestClient.get()
			.uri("/supporttools/eox/rest/5/EOXByProductID/1/{productId}", productId)
			.retrieve()
			.body(String.class);
	}

	/** The same call through the application's own {@code @HttpExchange} interface. */
	@GetMapping("/http-exchange/eox")
	String httpExchangeEox(@RequestParam String productId) {
		return this.eoxHttp.byProductId(productId);
	}

	record EndOfLife(String serialNumber, @Nullable LocalDate lastDateOfSupport, @Nullable String error) {

		static EndOfLife of(ItemResult<String, List<EoxRecord>> result) {
			if (!result.isSuccess()) {
				return new EndOfLife(result.input(), null, String.valueOf(result.error().kind()));
			}
			List<EoxRecord> records = result.valueOrThrow();
			return new EndOfLife(result.input(), records.isEmpty() ? null : records.get(0).lastDateOfSupport(), null);
		}

	}

}
