package dev.codexjava.sample;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.codexjava.client.Codex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Closing the app stops everything it started: the app-server process, the demo model and its CODEX_HOME. */
class SampleShutdownTest {

	@Test
	void closingTheContextStopsCodexAndTheDemoModel() throws InterruptedException {
		long pid;
		Path home;
		URI model;
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				"--server.port=0", "--spring.main.banner-mode=off", "--sample.demo-model.enabled=true", "--codex.api-key=")) {
			Codex codex = context.getBean(Codex.class);
			assertThat(codex.isRunning()).isTrue();
			pid = codex.pid().orElseThrow();
			DemoModel demo = context.getBean(DemoModel.class);
			home = demo.codexHome();
			model = URI.create(demo.baseUrl());
			assertThat(home).isDirectory();
			assertThat(codex.config().codexHome()).isEqualTo(home);
		}
		ProcessHandle process = ProcessHandle.of(pid).orElse(null);
		if (process != null) {
			// close() has returned; the process is gone or exiting
			process.onExit().join();
		}
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
		assertThat(Files.exists(home)).as("the demo CODEX_HOME is deleted").isFalse();
		assertThatExceptionOfType(IOException.class).as("the demo model no longer listens").isThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(model.getHost(), model.getPort()), 2000);
			}
		});
	}

}
