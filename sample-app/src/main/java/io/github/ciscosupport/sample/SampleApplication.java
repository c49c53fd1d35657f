package io.github.ciscosupport.sample;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The sample: prints the end-of-life milestones of the serial numbers given with
 * {@code --serials=A,B,C}, or of a few sample serial numbers when it runs against the embedded
 * simulator.
 */
@SpringBootApplication
public class SampleApplication {

	static final List<String> SIMULATOR_SAMPLE_SERIALS = List.of("FHK0933224R", "FXS2130Q286", "FOC11517LEX");

	public static void main(String[] args) {
		// A one-shot command: close the context (and the embedded simulator) when the report is out.
		System.exit(SpringApplication.exit(SpringApplication.run(SampleApplication.class, args)));
	}

	@Bean
	EndOfLifeReport endOfLifeReport(WebClient ciscoSupportWebClient) {
		return new EndOfLifeReport(ciscoSupportWebClient);
	}

	@Bean
	ApplicationRunner printEndOfLife(EndOfLifeReport report, Environment environment) {
		return (args) -> {
			List<String> serials = args.containsOption("serials")
					? args.getOptionValues("serials").stream().flatMap((v) -> Arrays.stream(v.split(","))).toList()
					: (environment.getProperty(EmbeddedSimulatorEnvironmentPostProcessor.ACTIVE_PROPERTY, Boolean.class,
							false) ? SIMULATOR_SAMPLE_SERIALS : List.of());
			if (serials.isEmpty()) {
				System.err.println("Give serial numbers with --serials=A,B,C");
				return;
			}
			report.print(serials, System.out);
		};
	}

}
