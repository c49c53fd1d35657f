package io.github.ciscosupport.test.autoconfigure.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application that uses the starter, for the {@code @CiscoSupportTest} slice test.
 */
@SpringBootApplication
public class SampleApplication {

}
