package io.github.ciscosupport.autoconfigure;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * An application with only the starter's core auto-configurations, for tests that start a whole
 * {@code SpringApplication} to see what a user sees (its failure analysis, its log).
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
		WebClientAutoConfiguration.class, CiscoSupportAutoConfiguration.class })
class StarterApplication {

}
