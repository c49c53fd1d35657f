package io.github.ciscosupport.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A servlet application with its own OAuth2 login keeps Boot's repository and Spring Security's
 * default manager, its login still works, and its Cisco calls use the one application token
 * whoever is logged in.
 */
@ExtendWith(OutputCaptureExtension.class)
class OAuth2LoginCoexistenceTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS)
		.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
				OAuth2ClientWebSecurityAutoConfiguration.class, WebMvcAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class))
		.withUserConfiguration(CiscoController.class)
		.withPropertyValues(FakeCisco.properties(cisco))
		.withPropertyValues("spring.security.oauth2.client.registration.corp.client-id=corp-login",
				"spring.security.oauth2.client.registration.corp.client-secret=corp-secret",
				"spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
				"spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
				"spring.security.oauth2.client.registration.corp.scope=openid",
				"spring.security.oauth2.client.provider.corp.authorization-uri=https://sso.example.com/authorize",
				"spring.security.oauth2.client.provider.corp.token-uri=https://sso.example.com/token",
				"spring.security.oauth2.client.provider.corp.jwk-set-uri=https://sso.example.com/keys",
				"spring.security.oauth2.client.provider.corp.user-name-attribute=sub");

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void bootsRepositoryAndSecuritysDefaultManagerAreKept(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ClientRegistrationRepository.class);
			InMemoryClientRegistrationRepository repository = (InMemoryClientRegistrationRepository) context
				.getBean(ClientRegistrationRepository.class);
			assertThat(repository.findByRegistrationId("corp")).isNotNull();
			assertThat(repository.findByRegistrationId(CiscoSupportAuthorization.REGISTRATION_ID)).isNull();
			// Spring Security registers its default manager when the application has none.
			assertThat(context).hasSingleBean(OAuth2AuthorizedClientManager.class)
				.doesNotHaveBean(ReactiveOAuth2AuthorizedClientManager.class)
				.hasSingleBean(CiscoSupportAuthorization.class);
			assertThat(context.getBean(OAuth2AuthorizedClientManager.class))
				.isInstanceOf(DefaultOAuth2AuthorizedClientManager.class)
				.isNotSameAs(context.getBean(CiscoSupportAuthorization.class).authorizedClientManager());
			assertThat(output).contains("The application has an OAuth2 client setup of its own")
				.contains("ciscoSupportAuthorization");
		});
	}

	@Test
	void applicationsOwnLoginStillWorks() {
		this.runner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(get("/cisco")).andExpect(status().isFound())
				.andExpect(redirectedUrl("/oauth2/authorization/corp"));
			mvc.perform(get("/oauth2/authorization/corp"))
				.andExpect(status().isFound())
				.andExpect(header().string("Location", org.hamcrest.Matchers
					.allOf(org.hamcrest.Matchers.startsWith("https://sso.example.com/authorize?"),
							org.hamcrest.Matchers.containsString("client_id=corp-login"))));
		});
	}

	@Test
	void loggedInUsersShareTheOneApplicationToken() {
		this.runner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			mvc.perform(get("/cisco").with(user("alice"))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("EOXRecord")));
			mvc.perform(get("/cisco").with(user("bob"))).andExpect(status().isOk());

			String token = context.getBean(CiscoSupportAuthorization.class)
				.cachedAccessToken()
				.orElseThrow()
				.getTokenValue();
			assertThat(FakeCisco.bearerHeaders(cisco)).containsExactly("Bearer " + token);
			assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
		});
	}

	private static MockMvc mockMvc(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Configuration(proxyBeanMethods = false)
	static class CiscoController {

		@Bean
		EoxController eoxController(@Qualifier("ciscoSupportWebClient") WebClient webClient) {
			return new EoxController(webClient);
		}

	}

	@RestController
	static class EoxController {

		private final WebClient webClient;

		EoxController(WebClient webClient) {
			this.webClient = webClient;
		}

		@GetMapping("/cisco")
		String eox() {
			return this.webClient.get()
				.uri(FakeCisco.EOX_PATH)
				.retrieve()
				.bodyToMono(String.class)
				.block(Duration.ofSeconds(10));
		}

	}

}
