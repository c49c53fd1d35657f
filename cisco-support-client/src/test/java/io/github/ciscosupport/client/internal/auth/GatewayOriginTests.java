package io.github.ciscosupport.client.internal.auth;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GatewayOriginTests {

	@ParameterizedTest
	@CsvSource({ "https://apix.cisco.com, https://apix.cisco.com/supporttools/eox/rest/5/EOXBySerialNumber/1/X",
			"https://apix.cisco.com, https://APIX.Cisco.COM/x", "https://apix.cisco.com, HTTPS://apix.cisco.com/x",
			"https://apix.cisco.com, https://apix.cisco.com:443/x", "https://apix.cisco.com:443/base, https://apix.cisco.com/x",
			"http://gateway.example, http://gateway.example:80/x", "http://localhost:8089, http://localhost:8089/x?a=b" })
	void sameOriginIsContained(String baseUrl, String url) {
		assertThat(GatewayOrigin.of(baseUrl).contains(URI.create(url))).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "https://apix.cisco.com, https://api.cisco.com/bug/v2.0/bugs/products/product_id/C9410R?page_index=1",
			"https://apix.cisco.com, http://apix.cisco.com/x", "https://apix.cisco.com, https://apix.cisco.com:8443/x",
			"https://apix.cisco.com, https://apix.cisco.com.evil.example/x",
			"https://apix.cisco.com, https://apix.cisco.com@evil.example/x", "http://localhost:8089, http://127.0.0.1:8089/x",
			"http://localhost:8089, http://localhost:8090/x", "http://localhost:8089, /relative/path",
			"http://gateway.example, https://gateway.example:80/x" })
	void otherOriginIsNotContained(String baseUrl, String url) {
		assertThat(GatewayOrigin.of(baseUrl).contains(URI.create(url))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "apix.cisco.com", "ftp://apix.cisco.com", "/relative" })
	void baseUrlMustBeAnAbsoluteHttpUrl(String baseUrl) {
		assertThatIllegalArgumentException().isThrownBy(() -> GatewayOrigin.of(baseUrl)).withMessageContaining(baseUrl);
	}

	@ParameterizedTest
	@CsvSource({ "https://apix.cisco.com, https://apix.cisco.com:443", "https://APIX.cisco.com/base, https://apix.cisco.com:443",
			"http://localhost:8089/, http://localhost:8089" })
	void originHasAnExplicitPort(String baseUrl, String origin) {
		assertThat(GatewayOrigin.of(baseUrl)).hasToString(origin);
	}

}
