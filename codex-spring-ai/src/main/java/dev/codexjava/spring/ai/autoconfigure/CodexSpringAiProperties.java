package dev.codexjava.spring.ai.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;


/**
 * Settings of the Spring AI integration ({@code codex.spring-ai.*}).
 */
@ConfigurationProperties("codex.spring-ai")
public class CodexSpringAiProperties {

	private final Tool tool = new Tool();

	private final AgentModel agentModel = new AgentModel();

	private final DynamicTools dynamicTools = new DynamicTools();

	public Tool getTool() {
		return this.tool;
	}

	public AgentModel getAgentModel() {
		return this.agentModel;
	}

	public DynamicTools getDynamicTools() {
		return this.dynamicTools;
	}

	/** The {@code codex} tool that lets a {@code ChatClient} delegate coding tasks to Codex. */
	public static class Tool {

		/**
		 * Whether to register the Codex tool (a ToolCallback bean) when Spring AI and a single Codex bean are present.
		 * Note that Spring AI's MCP server starter publishes every ToolCallback bean as an MCP tool.
		 */
		private boolean enabled = true;

		/**
		 * The tool name the chat model sees.
		 */
		private String name = "codex";

		/**
		 * The tool description the chat model sees (default: a description of a coding agent working in the
		 * application's workspace).
		 */
		private String description;

		/**
		 * How many chat conversations keep their own Codex thread; beyond that the least recently used idle one is
		 * evicted (its thread unsubscribed).
		 */
		private int maxConversations = 100;

		/**
		 * How long one delegated task may run; then its turn is interrupted and the model is told so.
		 */
		private Duration timeout = Duration.ofMinutes(10);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public int getMaxConversations() {
			return this.maxConversations;
		}

		public void setMaxConversations(int maxConversations) {
			this.maxConversations = maxConversations;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/** The spring-ai-agents {@code AgentModel} on the Codex client. */
	public static class AgentModel {

		/**
		 * Whether to register a CodexAgentModel (the spring-ai-agents AgentModel contract) when agent-model is on the
		 * classpath, a single Codex bean exists and no other AgentModel bean is defined.
		 */
		private boolean enabled = true;

		/**
		 * How long one agent task may run when its options set no timeout; then its turn is interrupted and the
		 * response reports an error.
		 */
		private Duration timeout = Duration.ofMinutes(10);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/** The application's Spring AI tools offered to Codex threads (experimental dynamic tools). */
	public static class DynamicTools {

		/**
		 * Names of the beans whose Spring AI tools Codex threads get as dynamic tools: ToolCallbackProvider beans,
		 * ToolCallback beans or beans with @Tool methods. Given to the threads of the codex tool and through the
		 * CodexDynamicTools bean; needs codex.experimental-api=true.
		 */
		private List<String> beans = new ArrayList<>();

		/**
		 * How long one call of such a tool may run; then Codex's model gets a failed result and the call's thread is
		 * interrupted.
		 */
		private Duration timeout = Duration.ofSeconds(60);

		public List<String> getBeans() {
			return this.beans;
		}

		public void setBeans(List<String> beans) {
			this.beans = (beans != null) ? beans : new ArrayList<>();
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			if (timeout == null || timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("codex.spring-ai.dynamic-tools.timeout must be positive");
			}
			this.timeout = timeout;
		}

	}

}
