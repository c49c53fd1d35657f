package io.github.ciscosupport.autoconfigure.test.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application that uses the starter, for the {@code @CiscoSupportTest} slice test.
 */
@SpringBootApplication
public class SampleApplication {

}
