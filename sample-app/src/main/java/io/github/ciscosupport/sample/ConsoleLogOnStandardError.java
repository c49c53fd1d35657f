package io.github.ciscosupport.sample;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Moves the console log to stderr in command-line mode, so that stdout carries the report and
 * nothing else. It runs right after Spring Boot configured logging, so every other logging setting
 * ({@code logging.file.name}, levels, patterns) still applies.
 */
class ConsoleLogOnStandardError implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		for (Logger logger : context.getLoggerList()) {
			for (var appenders = logger.iteratorForAppenders(); appenders.hasNext();) {
				Appender<ILoggingEvent> appender = appenders.next();
				if (appender instanceof ConsoleAppender<ILoggingEvent> console && !"System.err".equals(console.getTarget())) {
					console.stop();
					console.setTarget("System.err");
					console.start();
				}
			}
		}
	}

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

}
