package io.github.ciscosupport.sample;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;
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
// Boot creates the CacheManager that cisco.support.cache.enabled (application.yml) keeps answers in.
@EnableCaching
public class SampleApplication {

	public static void main(String[] args) {
		if (!CommandLine.isCommand(args)) {
			application(args).run(args);
			return;
		}
		// A one-shot command: close the context (and the embedded simulator) when it is done.
		int exitCode;
		try {
			exitCode = SpringApplication.exit(application(args).run(args));
		}
		catch (RuntimeException ex) {
			exitCode = CommandLine.FAILED;   // Spring Boot has logged why the application could not start
		}
		System.exit(exitCode);
	}

	/**
	 * The application: a web server, or for a command no server, no banner and the console log on
	 * stderr, so that stdout carries the command's output alone.
	 */
	static SpringApplication application(String... args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		if (CommandLine.isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setLogStartupInfo(false);
			application.addListeners(new ConsoleLogOnStandardError());
		}
		else {
			application.setWebApplicationType(WebApplicationType.REACTIVE);
		}
		return application;
	}

	@Bean
	Clock sampleClock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	SimulatorData simulatorData(ObjectProvider<CiscoSupportSimulator> simulator) {
		return new SimulatorData(simulator.getIfAvailable());
	}

	@Bean
	LifecycleReportService lifecycleReportService(EoxClient eox, CoverageClient coverage,
			ProductInfoClient productInfo, SoftwareSuggestionClient software, SecurityAdvisoryClient psirt,
			SimulatorData simulator, Clock clock) {
		return new LifecycleReportService(eox, coverage, productInfo, software, psirt, clock, simulator.active());
	}

	@Bean
	ReportStore reportStore() {
		return new ReportStore();
	}

	@Bean
	ReportRuns reportRuns(LifecycleReportService reports, ReportStore store, Clock clock) {
		return new ReportRuns(reports, store, clock);
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
