package io.github.ciscosupport.client;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copies that name the inputs a batched lookup left unanswered.
 */
class CiscoSupportExceptionTests {

	@Test
	void everyExceptionOfTheClientCopiesItselfAsItsOwnType() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(CiscoSupportException.class));
		Set<BeanDefinition> exceptions = scanner.findCandidateComponents("io.github.ciscosupport.client");
		assertThat(exceptions).hasSizeGreaterThanOrEqualTo(8);
		for (BeanDefinition exception : exceptions) {
			Class<?> type = Class.forName(exception.getBeanClassName());
			// Without its own copy, a lookup that it ends would fail with a supertype instead.
			assertThat(type.getDeclaredMethod("withUnansweredInputs", List.class).getReturnType()).as(type.getName())
				.isEqualTo(type);
		}
	}

	@Test
	void theCopyKeepsWhatTheOriginalSaysAndTheOriginalIsUnchanged() {
		IOException cause = new IOException("reset");
		FailedCall call = new FailedCall("GET", "/supporttools/eox/rest/5/EOXBySerialNumber/1/A", "id-1", "<h1>Down</h1>");
		ServiceUnavailableException original = new ServiceUnavailableException(503, "ERR_503", "GET failed", call, cause);
		original.addSuppressed(new IllegalStateException("also"));
		ServiceUnavailableException copy = original.withUnansweredInputs(List.of("A", "B"));
		assertThat(copy).isNotSameAs(original).hasMessage("GET failed").hasCause(cause);
		assertThat(copy.getStatusCode()).isEqualTo(503);
		assertThat(copy.getErrorCode()).isEqualTo("ERR_503");
		assertThat(copy.getCall()).isEqualTo(call);
		assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
		assertThat(copy.getSuppressed()).isEqualTo(original.getSuppressed());
		assertThat(copy.getUnansweredInputs()).containsExactly("A", "B");
		assertThat(original.getUnansweredInputs()).isEmpty();
	}

	@Test
	void aTokenEndpointCopyKeepsStatusAndOAuth2Code() {
		TokenEndpointException copy = new TokenEndpointException(401, "invalid_client", "refused")
			.withUnansweredInputs(List.of("A"));
		assertThat(copy.getStatusCode()).isEqualTo(401);
		assertThat(copy.getErrorCode()).isEqualTo("invalid_client");
		assertThat(copy.getUnansweredInputs()).containsExactly("A");
	}

}
