package io.github.ciscosupport.autoconfigure.oauth2;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;

/**
 * Publishes the Cisco client-credentials {@link OAuth2AuthorizedClientManager} and
 * {@link ReactiveOAuth2AuthorizedClientManager} as beans, but only when the application has no
 * OAuth2 client setup of its own: Spring Security counts manager beans by type, so in an
 * application with its own login or clients they would replace its default manager. Runs after
 * Spring Boot's OAuth2 client auto-configurations so that their repository beans are seen.
 */
@AutoConfiguration(after = CiscoSupportAutoConfiguration.class,
		afterName = { "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration" })
@ConditionalOnClass(CiscoSupportAuthorization.class)
@ConditionalOnBean(CiscoSupportAuthorization.class)
@ConditionalOnMissingBean({ ClientRegistrationRepository.class, ReactiveClientRegistrationRepository.class,
		OAuth2AuthorizedClientService.class, ReactiveOAuth2AuthorizedClientService.class,
		OAuth2AuthorizedClientRepository.class, ServerOAuth2AuthorizedClientRepository.class,
		OAuth2AuthorizedClientManager.class, ReactiveOAuth2AuthorizedClientManager.class })
public final class CiscoSupportAuthorizedClientManagerAutoConfiguration {

	/** Name of the blocking manager bean. */
	public static final String MANAGER_BEAN_NAME = "ciscoSupportAuthorizedClientManager";

	/** Name of the reactive manager bean. */
	public static final String REACTIVE_MANAGER_BEAN_NAME = "ciscoSupportReactiveAuthorizedClientManager";

	@Bean(MANAGER_BEAN_NAME)
	OAuth2AuthorizedClientManager ciscoSupportAuthorizedClientManager(CiscoSupportAuthorization authorization) {
		return authorization.authorizedClientManager();
	}

	@Bean(REACTIVE_MANAGER_BEAN_NAME)
	ReactiveOAuth2AuthorizedClientManager ciscoSupportReactiveAuthorizedClientManager(
			CiscoSupportAuthorization authorization) {
		return authorization.reactiveAuthorizedClientManager();
	}

}
