package dev.codexjava.spring.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the slice tests find: a service using Codex, an unrelated service and Codex configuration beans. */
@SpringBootApplication
public class TestApplication {

}
