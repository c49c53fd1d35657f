package io.github.ciscosupport.client.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Masking of credentials in body excerpts, for the shapes that the HTTP tests do not reach.
 */
class BodyExcerptTests {

	@Test
	void aHugeTokenValueIsMaskedWithoutExhaustingTheStack() {
		String token = "eyJ" + "a\\\"b".repeat(50_000) + "c".repeat(500_000);

		String excerpt = BodyExcerpt.of("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\"}", 200);

		assertThat(excerpt).isEqualTo("{\"access_token\":\"******");
	}

	@Test
	void escapedQuotesDoNotEndTheMaskedValue() {
		assertThat(BodyExcerpt.of("{\"id_token\":\"ab\\\"cd\",\"scope\":\"x\"}", 200))
			.isEqualTo("{\"id_token\":\"******\",\"scope\":\"x\"}");
	}

	@Test
	void formEncodedTokensInsideOtherTextAreMasked() {
		assertThat(BodyExcerpt.of("{\"link\":\"https://x/cb?access_token=abc&state=1\",\"q\":\"refresh_token=def\"}",
				200))
			.isEqualTo("{\"link\":\"https://x/cb?access_token=******&state=1\",\"q\":\"refresh_token=******\"}");
	}

	@Test
	void anEchoedBearerHeaderIsMaskedButTheWordBearerIsNot() {
		assertThat(BodyExcerpt.of("Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig; token_type Bearer", 200))
			.isEqualTo("Authorization: Bearer ******; token_type Bearer");
	}

	@Test
	void namedSecretsAreMaskedAnywhereAndWhiteSpaceIsCollapsed() {
		assertThat(BodyExcerpt.of("<p>\n  bad  secret s3cr3t\n</p>", 200, "s3cr3t", "")).isEqualTo("<p> bad secret ****** </p>");
		assertThat(BodyExcerpt.of("x".repeat(10), 4)).isEqualTo("xxxx...");
	}

}
