package io.github.ciscosupport.bench;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/** The raw EoX calls the throughput items make, identical for every client under test. */
final class EoxCalls {

	private EoxCalls() {
	}

	/** A by-serial-number call for one serial number: a small answer, so per-call costs show. */
	static Mono<String> oneSerial(WebClient client) {
		return client.get()
			.uri("/supporttools/eox/rest/5/EOXBySerialNumber/1/{serial}?responseencoding=json", "FOC1234X0AB")
			.retrieve()
			.bodyToMono(String.class);
	}

	/** The first page of a by-dates walk: 1000 records, about 1.1 MB. */
	static Mono<String> fullPage(WebClient client) {
		return client.get()
			.uri("/supporttools/eox/rest/5/EOXByDates/1/2020-01-01/2020-12-31?responseencoding=json")
			.retrieve()
			.bodyToMono(String.class);
	}

}
