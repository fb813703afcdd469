package dev.codexjava.spring.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import dev.codexjava.client.Codex;

/**
 * The {@link CodexEndpoint} with a write operation: {@code POST /actuator/codex} with
 * {@code {"threadId": "...", "turnId": "..."}} interrupts that turn ({@code turn/interrupt}). Created only when
 * {@code management.endpoint.codex.interrupt.enabled=true}; only turns listed as active can be interrupted. The
 * answer says which client interrupted it, or why nothing was done, and never echoes anything but the two ids.
 */
public class CodexInterruptingEndpoint extends CodexEndpoint {

	/**
	 * An endpoint over {@code clients} that can interrupt the turns {@code activity} lists.
	 * @param clients the {@code Codex} beans by name
	 * @param activity what the auto-configured client recorded
	 */
	public CodexInterruptingEndpoint(Map<String, Codex> clients, CodexActivity activity) {
		super(clients, activity);
	}

	/**
	 * Interrupts a running turn.
	 * @param threadId the turn's thread
	 * @param turnId the turn
	 * @return {@code interrupted} and, when false, a {@code reason}
	 */
	@WriteOperation
	public Map<String, Object> interrupt(String threadId, String turnId) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("threadId", threadId);
		answer.put("turnId", turnId);
		if (activity() == null || !activity().isActive(threadId, turnId)) {
			answer.put("interrupted", false);
			answer.put("reason", "not an active turn");
			return answer;
		}
		for (Map.Entry<String, Codex> client : clients().entrySet()) {
			if (client.getValue().isRunning()) {
				client.getValue().request("turn/interrupt", Map.of("threadId", threadId, "turnId", turnId));
				answer.put("interrupted", true);
				answer.put("client", client.getKey());
				return answer;
			}
		}
		answer.put("interrupted", false);
		answer.put("reason", "no running client");
		return answer;
	}

}
