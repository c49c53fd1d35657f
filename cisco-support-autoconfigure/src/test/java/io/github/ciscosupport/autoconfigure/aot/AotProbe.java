package io.github.ciscosupport.autoconfigure.aot;

import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.FakeCisco;

/**
 * Starts a context from the code that AOT processing generated, the way a native image does,
 * and calls Cisco with it. Loaded in a class loader of its own together with the generated
 * classes, so it exchanges only JDK types with the test.
 */
public class AotProbe implements BiFunction<String, Map<String, Object>, String> {

	@Override
	@SuppressWarnings("unchecked")
	public String apply(String initializerClassName, Map<String, Object> properties) {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
			ApplicationContextInitializer<GenericApplicationContext> initializer = (ApplicationContextInitializer<GenericApplicationContext>) Class
				.forName(initializerClassName, true, getClass().getClassLoader())
				.getDeclaredConstructor()
				.newInstance();
			initializer.initialize(context);
			context.refresh();
			String body = context.getBean("ciscoSupportWebClient", WebClient.class)
				.get()
				.uri(FakeCisco.EOX_PATH)
				.retrieve()
				.bodyToMono(String.class)
				.block(Duration.ofSeconds(10));
			return String.join(",", context.getBeanDefinitionNames()) + "\n" + body;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
