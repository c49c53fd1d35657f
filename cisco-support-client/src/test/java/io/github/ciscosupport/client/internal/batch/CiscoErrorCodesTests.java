package io.github.ciscosupport.client.internal.batch;

import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.ItemError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CiscoErrorCodesTests {

	@ParameterizedTest
	@CsvSource({ "SSA_ERR_026, NOT_FOUND", "SSA_ERR_023, NOT_FOUND", "SSA_ERR_015, NOT_FOUND", "NO_RECORDS_FOUND, NOT_FOUND",
			"SVO_NO_RECORDS, NOT_FOUND", "NO_DATA_FOUND, NOT_FOUND", "SSA_ERR_010, INVALID_INPUT", "SSA_ERR_032, INVALID_INPUT",
			"API_INVALID_INPUT, INVALID_INPUT", "S3_INV_BASEPID, INVALID_INPUT", "SSA_ERR_011, API_ERROR",
			"EXCEEDED_OUTPUT, API_ERROR", "' SSA_ERR_026 ', NOT_FOUND" })
	void classifiesCodes(String code, ItemError.Kind kind) {
		assertThat(CiscoErrorCodes.kindOf(code)).isEqualTo(kind);
	}

	@Test
	void anAbsentCodeIsAnApiError() {
		assertThat(CiscoErrorCodes.kindOf(null)).isEqualTo(ItemError.Kind.API_ERROR);
		assertThat(ItemError.fromCisco(null, null).description()).isNotBlank();
	}

	@ParameterizedTest
	@CsvSource({ "SSA_ERR_034", "SSA_ERR_036", "API_NOTAUTHORIZED" })
	void rejectsAccessDeniedCodes(String code) {
		assertThatExceptionOfType(CiscoSupportAuthorizationException.class)
			.isThrownBy(() -> CiscoErrorCodes.rejectAccessDenied(200, code, "Access denied."))
			.withMessageContaining(code)
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(200));
	}

	@Test
	void letsOtherCodesThrough() {
		assertThatNoException().isThrownBy(() -> CiscoErrorCodes.rejectAccessDenied(200, "SSA_ERR_026", "not found"));
		assertThatNoException().isThrownBy(() -> CiscoErrorCodes.rejectAccessDenied(200, null, null));
	}

}
