package dev.codexjava.testkit;

import tools.jackson.databind.node.ObjectNode;

/** The {@code usage} object of a {@code response.completed} event. */
record TokenUsage(long input, long cachedInput, long output, long reasoning, long total) {

	static final TokenUsage DEFAULT = new TokenUsage(10, 0, 5, 0, 15);

	TokenUsage {
		if (input < 0 || cachedInput < 0 || output < 0 || reasoning < 0 || total < 0) {
			throw new IllegalArgumentException("Token counts must not be negative");
		}
	}

	ObjectNode toJson() {
		ObjectNode usage = TestkitJson.object();
		usage.put("input_tokens", this.input);
		usage.putObject("input_tokens_details").put("cached_tokens", this.cachedInput);
		usage.put("output_tokens", this.output);
		usage.putObject("output_tokens_details").put("reasoning_tokens", this.reasoning);
		// the binary rejects a usage object without total_tokens
		usage.put("total_tokens", this.total);
		return usage;
	}

}
