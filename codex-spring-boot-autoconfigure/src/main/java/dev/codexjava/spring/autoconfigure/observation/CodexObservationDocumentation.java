package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of a Codex client. With Spring Boot's metrics auto-configuration each observation becomes a
 * {@code Timer} of its name (tagged with the low-cardinality keys plus {@code error}) and a {@code LongTaskTimer}
 * {@code <name>.active}; with tracing, a span carrying the high-cardinality keys too. Both are children of the
 * observation that was current on the application's thread when it started the turn or sent the request.
 */
public enum CodexObservationDocumentation implements ObservationDocumentation {

	/**
	 * One turn, from the server accepting {@code turn/start} to {@code turn/completed}: an OpenTelemetry GenAI
	 * {@code invoke_agent} operation. Metrics: timer {@code codex.turns} and long task timer
	 * {@code codex.turns.active}.
	 */
	TURN {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultCodexTurnObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return TurnLowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return TurnHighCardinalityKeyNames.values();
		}

	},

	/**
	 * One JSON-RPC request attempt to the app-server, from sending it to its response (or failure). Its span is named
	 * after the method. No parameters are recorded. Metrics: timer {@code codex.rpc} and long task timer
	 * {@code codex.rpc.active}.
	 */
	REQUEST {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultCodexRequestObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return RequestLowCardinalityKeyNames.values();
		}

	};

	/** Low-cardinality keys of {@link #TURN}: metric tags and span attributes. */
	public enum TurnLowCardinalityKeyNames implements KeyName {

		/** The GenAI operation: always {@code invoke_agent}. */
		OPERATION_NAME {
			@Override
			public String asString() {
				return "gen_ai.operation.name";
			}
		},

		/** The GenAI provider: {@code openai}. */
		PROVIDER_NAME {
			@Override
			public String asString() {
				return "gen_ai.provider.name";
			}
		},

		/** The GenAI provider under the older name Spring AI uses: the same value as {@link #PROVIDER_NAME}. */
		SYSTEM {
			@Override
			public String asString() {
				return "gen_ai.system";
			}
		},

		/** The turn's model as the SDK knows it, else {@code codex.model}, else {@code default}. */
		REQUEST_MODEL {
			@Override
			public String asString() {
				return "gen_ai.request.model";
			}
		},

		/**
		 * The model that answered: the one the server rerouted the turn to ({@code model/rerouted}), else the request
		 * model. Only set when the turn has ended.
		 */
		RESPONSE_MODEL {
			@Override
			public String asString() {
				return "gen_ai.response.model";
			}
		},

		/**
		 * The app-server the turn ran on: {@code default} for a client of one server, else the pool member's name
		 * ({@code local-N} or {@code codex.servers[i].name}); never a URL or a token.
		 */
		SERVER {
			@Override
			public String asString() {
				return "codex.server";
			}
		},

		/**
		 * How the turn ended: {@code completed}, {@code interrupted}, {@code failed}, or {@code aborted} when it
		 * ended without {@code turn/completed} (client-side turn timeout, the app-server exiting). Only set when
		 * the turn has ended.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/**
		 * The server's error kind ({@code codexErrorInfo}, such as {@code serverOverloaded} or
		 * {@code usageLimitExceeded}) of a failed turn, else {@code none}. Only set when the turn has ended.
		 */
		ERROR_KIND {
			@Override
			public String asString() {
				return "error.kind";
			}
		}

	}

	/** High-cardinality keys of {@link #TURN}: span attributes only, never metric tags. */
	public enum TurnHighCardinalityKeyNames implements KeyName {

		/** The thread id: the conversation, in OpenTelemetry's GenAI terms. */
		CONVERSATION_ID {
			@Override
			public String asString() {
				return "gen_ai.conversation.id";
			}
		},

		/** The turn id. */
		TURN_ID {
			@Override
			public String asString() {
				return "codex.turn.id";
			}
		},

		/** Input tokens of the turn (when it reported usage). */
		USAGE_INPUT_TOKENS {
			@Override
			public String asString() {
				return "gen_ai.usage.input_tokens";
			}
		},

		/** Output tokens of the turn (when it reported usage). */
		USAGE_OUTPUT_TOKENS {
			@Override
			public String asString() {
				return "gen_ai.usage.output_tokens";
			}
		},

		/** All tokens of the turn (when it reported usage). */
		USAGE_TOTAL_TOKENS {
			@Override
			public String asString() {
				return "gen_ai.usage.total_tokens";
			}
		},

		/** The cached part of the input tokens (when the turn reported usage). */
		USAGE_CACHE_READ_INPUT_TOKENS {
			@Override
			public String asString() {
				return "gen_ai.usage.cache_read.input_tokens";
			}
		},

		/** The reasoning part of the output tokens (when the turn reported usage). */
		USAGE_REASONING_OUTPUT_TOKENS {
			@Override
			public String asString() {
				return "codex.usage.reasoning_output_tokens";
			}
		}

	}

	/** Low-cardinality keys of {@link #REQUEST}: metric tags and span attributes. */
	public enum RequestLowCardinalityKeyNames implements KeyName {

		/** Always {@code jsonrpc}. */
		RPC_SYSTEM {
			@Override
			public String asString() {
				return "rpc.system";
			}
		},

		/** The JSON-RPC method, such as {@code turn/start} (a fixed set: low cardinality). */
		RPC_METHOD {
			@Override
			public String asString() {
				return "rpc.method";
			}
		}

	}

}
