package dev.codexjava.sample;

import dev.codexjava.protocol.model.ThreadInfo;

/**
 * A thread as the API lists it.
 *
 * @param id the thread id
 * @param name the user-given name, or {@code null}
 * @param preview the start of the first message, or {@code null}
 * @param model the model, or {@code null}
 * @param status {@code idle}, {@code active}, {@code notLoaded} or {@code systemError}, or {@code null}
 * @param createdAt Unix seconds, or {@code null}
 * @param updatedAt Unix seconds, or {@code null}
 */
public record ThreadSummary(String id, String name, String preview, String model, String status, Long createdAt,
		Long updatedAt) {

	/**
	 * The summary of {@code info}.
	 * @param info a thread as the server describes it
	 * @return its summary
	 */
	public static ThreadSummary of(ThreadInfo info) {
		return new ThreadSummary(info.id(), info.name(), info.preview(), info.model(), info.status(), info.createdAt(),
				info.updatedAt());
	}

}
