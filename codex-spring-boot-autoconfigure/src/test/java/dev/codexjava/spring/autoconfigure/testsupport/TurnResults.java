package dev.codexjava.spring.autoconfigure.testsupport;

import java.util.List;

import dev.codexjava.client.TurnResult;
import dev.codexjava.client.TurnUsage;
import dev.codexjava.protocol.model.CodexErrorInfo;
import dev.codexjava.protocol.model.TurnError;
import dev.codexjava.protocol.model.TurnStatus;

/** Fake {@link TurnResult}s for driving listener callbacks directly. */
public final class TurnResults {

	private TurnResults() {
	}

	public static TurnResult completed(String threadId, String turnId, TurnUsage usage) {
		return new TurnResult(turnId, threadId, TurnStatus.COMPLETED, null, 1L, 2L, 1000L, "done", List.of(), usage);
	}

	public static TurnResult interrupted(String threadId, String turnId) {
		return new TurnResult(turnId, threadId, TurnStatus.INTERRUPTED, null, 1L, 2L, 1000L, null, List.of(), null);
	}

	public static TurnResult failed(String threadId, String turnId, String errorKind) {
		TurnError error = new TurnError("it failed", (errorKind != null) ? new CodexErrorInfo(errorKind, null) : null,
				null, null);
		return new TurnResult(turnId, threadId, TurnStatus.FAILED, error, 1L, 2L, 1000L, null, List.of(), null);
	}

	public static TurnUsage usage(long input, long cached, long output, long reasoning, long total) {
		return new TurnUsage(input, cached, output, reasoning, total, null, null);
	}

}
