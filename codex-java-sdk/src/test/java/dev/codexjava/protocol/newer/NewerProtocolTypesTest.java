package dev.codexjava.protocol.newer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.codexjava.protocol.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The hand-written records of the protocol entries newer than the pinned binary read and write the wire shape of the
 * 0.171.0 schema ({@code ModelProviderDefaultSetParams}, {@code ThreadSearchPartialNotification}), leniently.
 */
class NewerProtocolTypesTest {

	@Test
	void modelProviderDefaultSetParamsWriteTheProviderId() {
		JsonNode wire = Json.toTree(new ModelProviderDefaultSetParams("backup"));
		assertThat(wire.toString()).isEqualTo("{\"providerId\":\"backup\"}");
		assertThat(NewerMethods.MODEL_PROVIDER_DEFAULT_SET.name()).isEqualTo("modelProvider/default/set");
		assertThat(NewerMethods.MODEL_PROVIDER_DEFAULT_SET.experimental()).as("stable in 0.171.0").isFalse();
		assertThatNullPointerException().isThrownBy(() -> new ModelProviderDefaultSetParams(null));
	}

	@Test
	void aPartialSearchBatchDecodesWithItsThreadsAndKeepsUnknownFields() {
		JsonNode params = Json.parse("""
				{"requestId": 7, "rank": "later",
				 "data": [{"snippet": "…the quokkaberry…", "score": 0.5,
				           "thread": {"id": "thr_1", "preview": "remember", "ephemeral": false,
				                      "modelProvider": "mock", "createdAt": 1, "updatedAt": 2,
				                      "status": {"type": "idle"}, "cwd": "/w", "cliVersion": "0.171.0",
				                      "source": "appServer", "turns": [], "newField": true}}]}
				""");
		ThreadSearchPartialNotification partial = NewerNotifications.THREAD_SEARCH_PARTIAL.decode(params);
		assertThat(partial.requestId().raw().asInt()).isEqualTo(7);
		assertThat(partial.unknown()).containsOnlyKeys("rank");
		assertThat(partial.data()).singleElement().satisfies((row) -> {
			assertThat(row.snippet()).isEqualTo("…the quokkaberry…");
			assertThat(row.thread().id()).isEqualTo("thr_1");
			assertThat(row.unknown()).containsOnlyKeys("score");
		});
		assertThat(NewerNotifications.THREAD_SEARCH_PARTIAL.name()).isEqualTo("thread/search/partial");
		assertThat(NewerNotifications.THREAD_SEARCH_PARTIAL.experimental()).isFalse();
	}

	@Test
	void aBatchWithoutRowsIsEmptyNotNull() {
		ThreadSearchPartialNotification partial = NewerNotifications.THREAD_SEARCH_PARTIAL
			.decode(Json.parse("{\"requestId\":\"s-1\"}"));
		assertThat(partial.data()).isEmpty();
		assertThat(partial.requestId().raw().asString()).isEqualTo("s-1");
	}

}
