package io.github.ciscosupport.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import io.github.ciscosupport.autoconfigure.InvalidCiscoSupportPropertiesException.Problem;

/**
 * Checks the {@code cisco.support.*} properties before any bean uses them, so a misconfigured
 * application fails at startup with every problem named rather than on its first Cisco call.
 */
final class CiscoSupportPropertiesValidator {

	private static final String LETTUCE_CONNECTION_FACTORY = "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory";

	private static final String BUCKET4J_LETTUCE = "io.github.bucket4j.redis.lettuce.Bucket4jLettuce";

	private static final Pattern RELATIVE_PROPERTY = Pattern.compile("([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)*) (must .*)",
			Pattern.DOTALL);

	private CiscoSupportPropertiesValidator() {
	}

	/**
	 * An unresolved {@code ${…}} placeholder: Spring Boot binds one it cannot resolve (an unset
	 * environment variable) literally, so the value would be sent to Cisco as it is.
	 */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}]+)}");

	private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

	/**
	 * Checks every property, and the connection details: the {@code cisco.support.*} connection
	 * properties when they come from there, otherwise the values of the application's
	 * {@link CiscoSupportConnectionDetails} bean.
	 */
	static void validate(CiscoSupportProperties properties, CiscoSupportConnectionDetails connectionDetails) {
		validate(properties, connectionDetails, true);
	}

	/** Checks the properties of the transport and the connection's URLs, not the credentials. */
	static void validateTransport(CiscoSupportProperties properties, CiscoSupportConnectionDetails connectionDetails) {
		validate(properties, connectionDetails, false);
	}

	private static void validate(CiscoSupportProperties properties, CiscoSupportConnectionDetails details,
			boolean credentials) {
		List<Problem> problems = new ArrayList<>();
		boolean fromProperties = details instanceof PropertiesCiscoSupportConnectionDetails;
		String bean = CiscoSupportConnectionDetails.class.getSimpleName() + " (" + details.getClass().getName() + ") ";
		if (credentials) {
			requireText(problems, fromProperties ? "cisco.support.client-id" : bean + "clientId", details.getClientId(),
					false);
			requireText(problems, fromProperties ? "cisco.support.client-secret" : bean + "clientSecret",
					details.getClientSecret(), true);
		}
		requireHttpUrl(problems, fromProperties ? "cisco.support.token-uri" : bean + "tokenUri", details.getTokenUri());
		requireHttpUrl(problems, fromProperties ? "cisco.support.base-url" : bean + "baseUrl", details.getBaseUrl());
		addTransportProblems(problems, properties);
		throwIfAny(problems);
	}

	/**
	 * A local limiter is being built: {@code store=redis} could not be honoured, because the
	 * application has no Lettuce Redis connection or lacks Bucket4j.
	 */
	static void validateLocalStore(CiscoSupportProperties properties, @Nullable ClassLoader classLoader) {
		if (properties.getRateLimit().isEnabled()
				&& properties.getRateLimit().getStore() == CiscoSupportProperties.Store.REDIS) {
			String missing = !ClassUtils.isPresent(LETTUCE_CONNECTION_FACTORY, classLoader)
					? "Spring Data Redis with Lettuce is not on the classpath"
					: !ClassUtils.isPresent(BUCKET4J_LETTUCE, classLoader)
							? "Bucket4j's Lettuce integration (com.bucket4j:bucket4j_jdk17-lettuce) is not on the classpath"
							: "the application has no LettuceConnectionFactory bean";
			throwIfAny(List.of(new Problem("cisco.support.rate-limit.store",
					"is 'redis', but " + missing + ", so instances cannot share the rate budget",
					"Add spring-boot-starter-data-redis (with its default Lettuce driver) and point spring.data.redis.* "
							+ "at your Redis, or set cisco.support.rate-limit.store=local to pace each instance on its own.")));
		}
	}

	private static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidCiscoSupportPropertiesException(problems);
		}
	}

	private static void addTransportProblems(List<Problem> problems, CiscoSupportProperties properties) {
		resolved(problems, "cisco.support.ssl-bundle", properties.getSslBundle(), false);
		requirePositive(problems, "cisco.support.connect-timeout", properties.getConnectTimeout());
		requirePositive(problems, "cisco.support.response-timeout", properties.getResponseTimeout());
		requirePositive(problems, "cisco.support.blocking-timeout", properties.getBlockingTimeout());
		requireNotNegative(problems, "cisco.support.token-refresh-skew", properties.getTokenRefreshSkew());
		if (properties.getMaxResponseSize() == null || properties.getMaxResponseSize().toBytes() <= 0) {
			problems.add(new Problem("cisco.support.max-response-size", "must be a positive size, such as 16MB"));
		}
		validateProxy(problems, properties.getProxy());
		if (properties.getMaxConcurrentBatches() < 1) {
			problems.add(new Problem("cisco.support.max-concurrent-batches",
					"must be at least 1, was " + properties.getMaxConcurrentBatches()));
		}
		if (properties.getReauthenticationAttempts() < 0) {
			problems.add(new Problem("cisco.support.reauthentication-attempts",
					"must not be negative, was " + properties.getReauthenticationAttempts()));
		}
		// The option records check their own values; report their messages against the properties.
		check(problems, "cisco.support.retry", () -> CiscoSupportTransportOptions.retry(properties.getRetry()));
		check(problems, "cisco.support.token-retry",
				() -> CiscoSupportTransportOptions.tokenRetry(properties.getTokenRetry()));
		check(problems, "cisco.support.rate-limit",
				() -> CiscoSupportTransportOptions.rateLimit(properties.getRateLimit()));
		Integer dailyBudget = properties.getRateLimit().getDailyBudget();
		if (dailyBudget != null && dailyBudget < 1) {
			problems.add(new Problem("cisco.support.rate-limit.daily-budget",
					"must be at least 1, was " + dailyBudget + " (leave it unset for no daily budget)"));
		}
		CiscoSupportProperties.RedisStore redis = properties.getRateLimit().getRedis();
		if (!StringUtils.hasText(redis.getKeyPrefix())) {
			problems.add(new Problem("cisco.support.rate-limit.redis.key-prefix", "must not be empty"));
		}
		requirePositive(problems, "cisco.support.rate-limit.redis.timeout", redis.getTimeout());
		requireNotNegative(problems, "cisco.support.rate-limit.redis.retry-interval", redis.getRetryInterval());
	}

	private static void check(List<Problem> problems, String prefix, Supplier<?> options) {
		try {
			options.get();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(problem(prefix, String.valueOf(ex.getMessage())));
		}
	}

	/**
	 * The retry options' messages start with the option's path below the prefix, such as
	 * "backoff.jitter must be between 0 and 1, but was 2.0": reported against that property.
	 */
	private static Problem problem(String prefix, String message) {
		Matcher relative = RELATIVE_PROPERTY.matcher(message);
		if (relative.matches()) {
			return new Problem(prefix + "." + relative.group(1), relative.group(2));
		}
		return new Problem(prefix + ".*", "is invalid: " + message);
	}

	private static void validateProxy(List<Problem> problems, CiscoSupportProperties.Proxy proxy) {
		if (!StringUtils.hasText(proxy.getHost())) {
			return;
		}
		resolved(problems, "cisco.support.proxy.host", proxy.getHost(), false);
		resolved(problems, "cisco.support.proxy.username", proxy.getUsername(), false);
		resolved(problems, "cisco.support.proxy.password", proxy.getPassword(), true);
		if (proxy.getPort() < 1 || proxy.getPort() > 65535) {
			problems.add(new Problem("cisco.support.proxy.port", "must be between 1 and 65535, was " + proxy.getPort()));
		}
		if (StringUtils.hasText(proxy.getPassword()) && !StringUtils.hasText(proxy.getUsername())) {
			problems.add(new Problem("cisco.support.proxy.username", "must be set when cisco.support.proxy.password is"));
		}
		if (StringUtils.hasText(proxy.getNonProxyHosts())
				&& resolved(problems, "cisco.support.proxy.non-proxy-hosts", proxy.getNonProxyHosts(), false)) {
			try {
				Pattern.compile(proxy.getNonProxyHosts());
			}
			catch (PatternSyntaxException ex) {
				problems.add(new Problem("cisco.support.proxy.non-proxy-hosts",
						"must be a regular expression: " + ex.getDescription()));
			}
		}
	}

	private static void requireText(List<Problem> problems, String property, @Nullable String value, boolean secret) {
		if (!StringUtils.hasText(value)) {
			problems.add(new Problem(property, "is not set"));
			return;
		}
		resolved(problems, property, value, secret);
	}

	/**
	 * Reports an unresolved placeholder in the value. A secret's value is named only when it is
	 * nothing but the placeholder, which is configuration text rather than the secret.
	 * @return whether the value has none
	 */
	private static boolean resolved(List<Problem> problems, String property, @Nullable String value, boolean secret) {
		Matcher placeholder = (value != null) ? PLACEHOLDER.matcher(value) : null;
		if (placeholder == null || !placeholder.find()) {
			return true;
		}
		if (placeholder.start() == 0 && placeholder.end() == value.length()) {
			String name = placeholder.group(1);
			String set = ENVIRONMENT_VARIABLE.matcher(name).matches() ? "set the environment variable " + name
					: "set " + name;
			problems.add(new Problem(property, "is set to the unresolved placeholder " + value,
					set + " (or " + property + ")"));
		}
		else if (secret) {
			problems.add(new Problem(property, "contains an unresolved ${...} placeholder",
					"set " + property + " without placeholders, or define the one it refers to"));
		}
		else {
			problems.add(new Problem(property, "contains the unresolved placeholder " + placeholder.group() + " ('"
					+ value + "')", "set " + placeholder.group(1) + " (or " + property + ")"));
		}
		return false;
	}

	private static void requireHttpUrl(List<Problem> problems, String property, @Nullable String value) {
		if (!StringUtils.hasText(value)) {
			problems.add(new Problem(property, "is not set"));
			return;
		}
		if (!resolved(problems, property, value, false)) {
			return;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
				problems.add(new Problem(property, "must be an absolute http(s) URL, was '" + value + "'"));
			}
		}
		catch (URISyntaxException ex) {
			problems.add(new Problem(property, "is not a valid URL ('" + value + "': " + ex.getReason() + ")"));
		}
	}

	private static void requirePositive(List<Problem> problems, String property, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			problems.add(new Problem(property, "must be a positive duration, was " + value));
		}
	}

	private static void requireNotNegative(List<Problem> problems, String property, @Nullable Duration value) {
		if (value == null || value.isNegative()) {
			problems.add(new Problem(property, "must not be negative, was " + value));
		}
	}

}
