package io.github.ciscosupport.client;

import java.io.IOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.ciscosupport.client.asd.AsdClient;
import io.github.ciscosupport.client.bug.BugClient;
import io.github.ciscosupport.client.cases.CaseClient;
import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.product.ProductInfoClient;
import io.github.ciscosupport.client.psirt.SecurityAdvisoryClient;
import io.github.ciscosupport.client.rma.RmaClient;
import io.github.ciscosupport.client.software.SoftwareSuggestionClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nine typed clients follow one grammar (see the README's table of methods): lookups and
 * searches are named {@code by<Input>} or {@code <answer>By<Input>}, batched lookups answer
 * {@code Flux<ItemResult>}, single-item lookups {@code Mono<ItemResult>}, searches a plain
 * {@code Flux}, and optional arguments come only as a query record, last, with an overload
 * without it.
 */
class TypedClientGrammarTests {

	private static final List<Class<?>> CLIENTS = List.of(EoxClient.class, CoverageClient.class,
			ProductInfoClient.class, BugClient.class, SoftwareSuggestionClient.class, SecurityAdvisoryClient.class,
			CaseClient.class, RmaClient.class, AsdClient.class);

	/** {@code by<Input>}, {@code <answer>By<Input>}, the two PSIRT walks, and ASD's submissions. */
	private static final Pattern NAME = Pattern.compile("([a-z][A-Za-z0-9]*By|by)[A-Z][A-Za-z0-9]*|latest|all|submit[A-Z][A-Za-z0-9]*");

	@Test
	void methodsAreNamedByTheirInput() {
		assertThat(publicMethods()).allSatisfy((method) -> assertThat(method.getName()).as(describe(method)).matches(NAME));
	}

	@Test
	void batchedLookupsTakeAListAndAnswerOneItemResultPerInput() {
		assertThat(publicMethods().filter((method) -> method.getReturnType() == Flux.class
				&& isItemResult(elementType(method))))
			.isNotEmpty()
			.allSatisfy((method) -> assertThat(method.getParameterTypes()[method.getParameterCount() - 1])
				.as(describe(method))
				.isEqualTo(List.class));
	}

	@Test
	void singleItemLookupsAnswerAnItemResultAndOnlySubmissionsAnswerSomethingElse() {
		assertThat(publicMethods().filter((method) -> method.getReturnType() == Mono.class))
			.isNotEmpty()
			.allSatisfy((method) -> assertThat(isItemResult(elementType(method)) || method.getName().startsWith("submit"))
				.as(describe(method))
				.isTrue());
	}

	@Test
	void noParameterIsNullable() throws NoSuchMethodException {
		assertThat(nullableParameters(getClass().getDeclaredMethod("withNullableParameter", String.class, String.class)))
			.as("the check itself")
			.hasSize(1);
		assertThat(publicMethods()).allSatisfy((method) -> assertThat(nullableParameters(method)).as(describe(method)).isEmpty());
	}

	@Test
	void aQueryRecordIsTheLastParameterAndOptional() {
		List<Method> withQuery = publicMethods().filter((method) -> Arrays.stream(method.getParameterTypes())
			.anyMatch(TypedClientGrammarTests::isQuery)).toList();
		assertThat(withQuery).hasSize(12).allSatisfy((method) -> {
			Class<?>[] parameters = method.getParameterTypes();
			assertThat(isQuery(parameters[parameters.length - 1])).as(describe(method)).isTrue();
			assertThat(Arrays.stream(parameters).filter(TypedClientGrammarTests::isQuery)).as(describe(method)).hasSize(1);
			Class<?>[] withoutQuery = Arrays.copyOf(parameters, parameters.length - 1);
			assertThat(method.getDeclaringClass().getMethod(method.getName(), withoutQuery).getGenericReturnType())
				.as("%s without its query", describe(method))
				.isEqualTo(method.getGenericReturnType());
		});
	}

	@Test
	void theReadmeTableNamesEveryPublicMethod() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		assertThat(publicMethods()).allSatisfy((method) -> assertThat(readme).as(describe(method))
			.contains("| `" + method.getDeclaringClass().getSimpleName() + "` | `" + method.getName() + "("));
	}

	@Test
	void everyMethodHasABlockingTwinByOneRule() throws Exception {
		for (Class<?> client : CLIENTS) {
			Class<?> blocking = blockingFormOf(client);
			List<Method> reactive = publicMethods(client).toList();
			assertThat(publicMethods(blocking)).as(blocking.getSimpleName()).hasSameSizeAs(reactive);
			for (Method method : reactive) {
				Method twin = blocking.getMethod(method.getName(), method.getParameterTypes());
				assertThat(simpleName(twin.getGenericReturnType())).as(describe(method))
					.isEqualTo(simpleName(blockingReturnType(method)));
			}
		}
	}

	@Test
	void theReadmeTableNamesTheBlockingFormOfEveryMethod() throws Exception {
		List<String> rows = Files.readAllLines(Path.of("..", "README.md"));
		for (Class<?> client : CLIENTS) {
			for (Method method : publicMethods(client).toList()) {
				String row = "| `" + client.getSimpleName() + "` | `" + method.getName() + "(";
				assertThat(rows).as(describe(method))
					.anySatisfy((line) -> assertThat(line).startsWith(row)
						.endsWith("| `" + simpleName(blockingReturnType(method)) + "` |"));
			}
		}
	}

	/** Flux of ItemResult: a List; any other Flux: a Stream; Mono of T: T. */
	private static String blockingReturnType(Method method) {
		String element = elementType(method).getTypeName();
		if (method.getReturnType() == Mono.class) {
			return element;
		}
		return (isItemResult(elementType(method)) ? "java.util.List<" : "java.util.stream.Stream<") + element + ">";
	}

	private static String simpleName(Object type) {
		return ((type instanceof Type javaType) ? javaType.getTypeName() : type.toString())
			.replaceAll("[a-z][a-z0-9_]*\\.", "")
			.replace("$", ".");
	}

	private static Class<?> blockingFormOf(Class<?> client) throws ClassNotFoundException {
		return Class.forName(client.getPackageName() + ".Blocking" + client.getSimpleName());
	}

	private static Stream<Method> publicMethods(Class<?> client) {
		return Arrays.stream(client.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic());
	}

	private static Stream<Method> publicMethods() {
		return CLIENTS.stream()
			.flatMap((client) -> Arrays.stream(client.getDeclaredMethods()))
			.filter((method) -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic());
	}

	private static List<AnnotatedType> nullableParameters(Method method) {
		return Arrays.stream(method.getAnnotatedParameterTypes())
			.filter((type) -> type.isAnnotationPresent(Nullable.class))
			.toList();
	}

	private static void withNullableParameter(@Nullable String value, String other) {
	}

	private static Type elementType(Method method) {
		return ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
	}

	private static boolean isItemResult(Type type) {
		return type instanceof ParameterizedType parameterized && parameterized.getRawType() == ItemResult.class;
	}

	private static boolean isQuery(Class<?> type) {
		return type.isRecord() && type.getSimpleName().endsWith("Query");
	}

	private static String describe(Method method) {
		return method.getDeclaringClass().getSimpleName() + "." + method.getName()
				+ Arrays.toString(method.getParameterTypes());
	}

}
