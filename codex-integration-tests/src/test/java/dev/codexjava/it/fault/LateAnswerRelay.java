package dev.codexjava.it.fault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

/**
 * A relay between the SDK and the REAL app-server that holds back the answer to the first request of one method
 * (environment: {@code RELAY_CODEX} the real binary, {@code RELAY_METHOD}, {@code RELAY_DELAY_MS}): every other line
 * passes at once, in order, so the held answer reaches the client after what the server sent behind it — a server
 * that answers late, with everything else real. Launched through a script as the SDK's codex binary (see
 * {@link LateAnswerRelayLauncher}); its arguments go to the real binary; it ends when the real binary does.
 */
public final class LateAnswerRelay {

	private LateAnswerRelay() {
	}

	public static void main(String[] args) throws Exception {
		String method = System.getenv("RELAY_METHOD");
		long delay = Long.parseLong(System.getenv("RELAY_DELAY_MS"));
		List<String> command = new ArrayList<>();
		command.add(System.getenv("RELAY_CODEX"));
		command.addAll(List.of(args));
		Process codex = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		long[] heldId = { -1 };
		Thread requests = new Thread(() -> relayRequests(codex.getOutputStream(), method, heldId), "relay-stdin");
		requests.setDaemon(true);
		requests.start();
		ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
		try (BufferedReader answers = new BufferedReader(
				new InputStreamReader(codex.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = answers.readLine()) != null) {
				String current = line;
				if (isAnswerTo(current, heldId)) {
					later.schedule(() -> write(out, current), delay, TimeUnit.MILLISECONDS);
				}
				else {
					write(out, current);
				}
			}
		}
		later.shutdown();
		later.awaitTermination(delay + 1000, TimeUnit.MILLISECONDS);
		System.exit(codex.waitFor());
	}

	private static void relayRequests(OutputStream codexIn, String method, long[] heldId) {
		try (BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = requests.readLine()) != null) {
				JsonNode message = Json.parse(line);
				synchronized (heldId) {
					if (heldId[0] < 0 && method.equals(Json.text(message, "method")) && message.has("id")) {
						heldId[0] = message.get("id").asLong();
					}
				}
				codexIn.write((line + "\n").getBytes(StandardCharsets.UTF_8));
				codexIn.flush();
			}
			codexIn.close();
		}
		catch (IOException ex) {
			// the real binary is gone: main ends with it
		}
	}

	private static boolean isAnswerTo(String line, long[] heldId) {
		long id;
		synchronized (heldId) {
			id = heldId[0];
		}
		if (id < 0) {
			return false;
		}
		JsonNode message = Json.parse(line);
		return !message.has("method") && message.has("id") && message.get("id").asLong() == id;
	}

	private static synchronized void write(PrintStream out, String line) {
		out.print(line);
		out.print('\n');
		out.flush();
	}

}
