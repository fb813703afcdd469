package dev.codexjava.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Codex sample app: a Spring Boot web app on {@code codex-spring-boot-starter} with a JSON and Server-Sent
 * Events API for threads and turns, and a small page ({@code /}) to watch a turn stream in. Without
 * {@code OPENAI_API_KEY} it runs offline on a {@linkplain DemoModelConfiguration demo model}.
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Starts the app.
	 * @param args command-line arguments, passed to Spring Boot
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
