package io.github.ciscosupport.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import io.github.ciscosupport.autoconfigure.oauth2.CiscoSupportAuthorizedClientManagerAutoConfiguration;

/**
 * Says once at startup when the Cisco managers stay internal because the application has an
 * OAuth2 client setup of its own, and where to get them instead.
 */
final class CiscoSupportOAuth2SetupReporter implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CiscoSupportOAuth2SetupReporter.class);

	private final ListableBeanFactory beanFactory;

	CiscoSupportOAuth2SetupReporter(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.beanFactory.containsBean(CiscoSupportAuthorizedClientManagerAutoConfiguration.MANAGER_BEAN_NAME)) {
			logger.info("The application has an OAuth2 client setup of its own, so the Cisco Support client-credentials"
					+ " managers are not published as OAuth2AuthorizedClientManager beans, where they would take part in"
					+ " it. Get them from the 'ciscoSupportAuthorization' bean (CiscoSupportAuthorization"
					+ ".authorizedClientManager() and .reactiveAuthorizedClientManager()); the 'ciscoSupportWebClient'"
					+ " bean works either way.");
		}
	}

}
