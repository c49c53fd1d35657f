package io.github.ciscosupport.bench;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child JVM of item 5: a minimal non-web Spring Boot application, started once. It names no
 * class of ours, so it runs with and without the starter on its class path.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupProbe {

	public static void main(String[] args) {
		long startedAt = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StartupProbe.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN",
					"cisco.support.client-id=bench-client", "cisco.support.client-secret=bench-secret")
			.run(args)) {
			long millis = (System.nanoTime() - startedAt) / 1_000_000;
			System.out.println("startMillis=" + millis);
			System.out.println("ciscoWebClient=" + context.containsBean("ciscoSupportWebClient"));
		}
	}

}
