package io.github.ciscosupport.autoconfigure.actuate;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks the client secret and the proxy password in the {@code configprops} and {@code env}
 * actuator endpoints, even with {@code show-values=always}: since Spring Boot 3 those endpoints
 * apply only the {@link SanitizingFunction} beans they find. Not tied to
 * {@code cisco.support.enabled}, as the properties can be set while the client is off.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class CiscoSupportSanitizingAutoConfiguration {

	/** Name of the sanitizing function bean. */
	public static final String SANITIZING_FUNCTION_BEAN_NAME = "ciscoSupportSanitizingFunction";

	/**
	 * The secret properties, as letters only: the key may come in any relaxed form, such as
	 * {@code cisco.support.client-secret}, {@code cisco.support.clientSecret} (configprops) or
	 * {@code CISCO_SUPPORT_CLIENT_SECRET} (env).
	 */
	private static final Set<String> SECRET_KEYS = Set.of("ciscosupportclientsecret", "ciscosupportproxypassword");

	@Bean(SANITIZING_FUNCTION_BEAN_NAME)
	@ConditionalOnMissingBean(name = SANITIZING_FUNCTION_BEAN_NAME)
	SanitizingFunction ciscoSupportSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(CiscoSupportSanitizingAutoConfiguration::isSecret);
	}

	private static boolean isSecret(String key) {
		return SECRET_KEYS.contains(key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
	}

}
