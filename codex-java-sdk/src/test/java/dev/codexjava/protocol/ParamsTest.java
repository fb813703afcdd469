package dev.codexjava.protocol;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParamsTest {

	@Test
	void unsetValuesAreLeftOutOfTheWireObject() {
		String wire = Json.write(Params.create()
			.put("threadId", "t1")
			.put("model", (String) null)
			.put("ephemeral", (Boolean) null)
			.put("limit", (Integer) null)
			.set("outputSchema", null)
			.node());

		assertThat(wire).isEqualTo("{\"threadId\":\"t1\"}");
	}

	@Test
	void nestedObjectsArraysAndValuesKeepTheirOrder() {
		String wire = Json.write(Params.create()
			.putObject("clientInfo", Params.create().put("name", "n").put("version", "1"))
			.set("optOut", Params.texts(List.of("a", "b")))
			.set("config", Json.toTree(Map.of("k", 1)))
			.putNull("expectedTurnId")
			.put("limit", 5L)
			.node());

		assertThat(wire).isEqualTo("{\"clientInfo\":{\"name\":\"n\",\"version\":\"1\"},\"optOut\":[\"a\",\"b\"],"
				+ "\"config\":{\"k\":1},\"expectedTurnId\":null,\"limit\":5}");
	}

}
