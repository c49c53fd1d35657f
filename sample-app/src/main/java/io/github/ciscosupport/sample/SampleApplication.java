package io.github.ciscosupport.sample;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.product.ProductInfoClient;
import io.github.ciscosupport.client.psirt.SecurityAdvisoryClient;
import io.github.ciscosupport.client.software.SoftwareSuggestionClient;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * The inventory lifecycle report: a web page and {@code POST /api/reports} by default; a one-shot
 * command with {@code --inventory=devices.csv} (see {@link CommandLine}).
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = application(args).run(args);
		if (CommandLine.isCommand(args)) {
			// A one-shot command: close the context (and the embedded simulator) when it is done.
			System.exit(SpringApplication.exit(context));
		}
	}

	/** The application, with a web server unless the arguments ask for a command. */
	static SpringApplication application(String... args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.setWebApplicationType(CommandLine.isCommand(args) ? WebApplicationType.NONE : WebApplicationType.REACTIVE);
		return application;
	}

	@Bean
	SimulatorData simulatorData(ObjectProvider<CiscoSupportSimulator> simulator) {
		return new SimulatorData(simulator.getIfAvailable());
	}

	@Bean
	LifecycleReportService lifecycleReportService(EoxClient eox, CoverageClient coverage,
			ProductInfoClient productInfo, SoftwareSuggestionClient software, SecurityAdvisoryClient psirt,
			SimulatorData simulator) {
		return new LifecycleReportService(eox, coverage, productInfo, software, psirt, Clock.systemDefaultZone(),
				simulator.active());
	}

	@Bean
	ReportStore reportStore() {
		return new ReportStore();
	}

	@Bean
	EndOfLifeReport endOfLifeReport(@Qualifier("ciscoSupportWebClient") WebClient ciscoSupportWebClient) {
		return new EndOfLifeReport(ciscoSupportWebClient);
	}

	@Bean
	CommandLine commandLine(LifecycleReportService reports, EndOfLifeReport endOfLife, SimulatorData simulator,
			JsonMapper json) {
		return new CommandLine(reports, endOfLife, simulator, json, System.out, System.err);
	}

}
