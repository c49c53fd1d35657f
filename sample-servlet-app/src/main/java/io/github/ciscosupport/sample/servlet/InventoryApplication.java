package io.github.ciscosupport.sample.servlet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The README's blocking example: a Spring MVC application (Tomcat, no WebFlux server) that asks
 * Cisco through the blocking typed clients, the {@code ciscoSupportRestClient} and an
 * {@code @HttpExchange} interface of its own in the HTTP service group {@code cisco-support}.
 */
@SpringBootApplication
@ImportHttpServices(group = "cisco-support", types = EoxHttp.class)
public class InventoryApplication {

	public static void main(String[] args) {
		SpringApplication.run(InventoryApplication.class, args);
	}

}
