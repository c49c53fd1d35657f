package io.github.ciscosupport.test.autoconfigure.sample;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Application code that calls Cisco: the component a slice test is about.
 */
@Service
public class EndOfLifeLookup {

	private final WebClient cisco;

	public EndOfLifeLookup(@Qualifier("ciscoSupportWebClient") WebClient cisco) {
		this.cisco = cisco;
	}

	public String bySerialNumber(String serialNumber) {
		return this.cisco.get()
			.uri("/supporttools/eox/rest/5/EOXBySerialNumber/1/{serials}", serialNumber)
			.retrieve()
			.bodyToMono(String.class)
			.block(Duration.ofSeconds(10));
	}

}
