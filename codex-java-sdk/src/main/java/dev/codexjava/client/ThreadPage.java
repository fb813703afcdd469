package dev.codexjava.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.codexjava.protocol.model.ThreadInfo;

/**
 * One page of {@code thread/list}.
 *
 * @param threads the threads of this page
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
public record ThreadPage(List<ThreadInfo> threads, @Nullable String nextCursor) {

	public ThreadPage {
		threads = List.copyOf(threads);
	}

}
