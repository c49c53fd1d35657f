package io.github.ciscosupport.autoconfigure.aot;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.FileSystemGeneratedFiles;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.javapoet.ClassName;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.autoconfigure.CiscoSupportProperties;
import io.github.ciscosupport.autoconfigure.FakeCisco;
import io.github.ciscosupport.autoconfigure.actuate.CiscoSupportSanitizingAutoConfiguration;
import io.github.ciscosupport.autoconfigure.health.CiscoSupportHealthContributorAutoConfiguration;
import io.github.ciscosupport.autoconfigure.health.CiscoSupportHealthIndicatorProperties;
import io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetricsAutoConfiguration;
import io.github.ciscosupport.autoconfigure.oauth2.CiscoSupportAuthorizedClientManagerAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application context with the starter is processed ahead of time, as for a GraalVM native
 * image, and the generated code then starts a context that calls Cisco. A native compile itself
 * is not needed to prove that.
 */
class CiscoSupportAotTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	@TempDir
	Path generated;

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void contextWithTheStarterProcessesAheadOfTimeAndRunsFromTheGeneratedCode() throws Exception {
		Map<String, Object> properties = properties();
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(StarterApplication.class)),
				new FileSystemGeneratedFiles(this.generated));
		ClassName initializer;
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			properties.forEach((key, value) -> TestPropertyValues.of(key + "=" + value).applyTo(context));
			context.register(StarterApplication.class);
			initializer = new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
		}
		generation.writeGeneratedContent();

		assertThat(RuntimeHintsPredicates.reflection().onType(CiscoSupportProperties.class))
			.accepts(generation.getRuntimeHints());
		assertThat(RuntimeHintsPredicates.reflection().onType(CiscoSupportHealthIndicatorProperties.class))
			.accepts(generation.getRuntimeHints());

		Path classes = compile(this.generated.resolve("sources"));
		String result = runGenerated(classes, initializer.canonicalName(), properties);

		assertThat(result).contains("CISCO1811W-AG-A/K9")
			.contains("ciscoSupportAuthorization", "ciscoSupportWebClient", "ciscoSupportHealthIndicator",
					"ciscoSupportMetrics", "ciscoSupportSanitizingFunction");
		assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
	}

	private static Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>();
		Stream.concat(Arrays.stream(FakeCisco.properties(cisco)), Stream.of(CiscoFaults.NO_QUIET_PERIOD))
			.map((pair) -> pair.split("=", 2))
			.forEach((pair) -> properties.put(pair[0], pair[1]));
		return properties;
	}

	private Path compile(Path sources) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(sources)) {
			files = walk.filter((path) -> path.toString().endsWith(".java")).toList();
		}
		assertThat(files).isNotEmpty();
		Path classes = Files.createDirectories(this.generated.resolve("compiled"));
		List<String> options = List.of("-d", classes.toString(), "-classpath", testClassPath(), "-proc:none",
				"-nowarn", "--release", "17");
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		StringWriter errors = new StringWriter();
		try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
			boolean compiled = compiler
				.getTask(errors, fileManager, null, options, null, fileManager.getJavaFileObjectsFromPaths(files))
				.call();
			assertThat(compiled).as(errors::toString).isTrue();
		}
		return classes;
	}

	/**
	 * Runs {@link AotProbe} in a class loader of its own that loads the generated classes next to
	 * the application's and Spring's, as they would sit together in an application: generated
	 * code may reach package-private members of the classes it was generated for.
	 */
	@SuppressWarnings("unchecked")
	private static String runGenerated(Path classes, String initializer, Map<String, Object> properties)
			throws Exception {
		List<URL> urls = new ArrayList<>();
		urls.add(classes.toUri().toURL());
		for (String entry : testClassPath().split(File.pathSeparator)) {
			urls.add(Path.of(entry).toUri().toURL());
		}
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
			thread.setContextClassLoader(loader);
			BiFunction<String, Map<String, Object>, String> probe = (BiFunction<String, Map<String, Object>, String>) loader
				.loadClass(AotProbe.class.getName())
				.getDeclaredConstructor()
				.newInstance();
			return probe.apply(initializer, properties);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static String testClassPath() {
		// Surefire runs tests from a manifest-only jar; it passes the real class path here.
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration.class,
			org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration.class,
			org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration.class,
			ObservationAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
			MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
			SimpleMetricsExportAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
			CiscoSupportAutoConfiguration.class, CiscoSupportAuthorizedClientManagerAutoConfiguration.class,
			CiscoSupportHealthContributorAutoConfiguration.class, CiscoSupportMetricsAutoConfiguration.class,
			CiscoSupportSanitizingAutoConfiguration.class })
	public static class StarterApplication {

	}

}
