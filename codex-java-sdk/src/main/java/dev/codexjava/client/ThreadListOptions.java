package dev.codexjava.client;

import java.nio.file.Path;

/** Filters and page size for {@link Codex#listThreads(ThreadListOptions)}. Immutable; build with {@link #builder()}. */
public final class ThreadListOptions {

	private static final ThreadListOptions NONE = builder().build();

	private final Boolean archived;

	private final Path cwd;

	private final String searchTerm;

	private final Integer pageSize;

	private final String sortKey;

	private final String sortDirection;

	private ThreadListOptions(Builder b) {
		this.archived = b.archived;
		this.cwd = b.cwd;
		this.searchTerm = b.searchTerm;
		this.pageSize = b.pageSize;
		this.sortKey = b.sortKey;
		this.sortDirection = b.sortDirection;
	}

	/** No filters. */
	public static ThreadListOptions none() {
		return NONE;
	}

	/** A new builder. */
	public static Builder builder() {
		return new Builder();
	}

	String sortKey() {
		return this.sortKey;
	}

	String sortDirection() {
		return this.sortDirection;
	}

	Boolean archived() {
		return this.archived;
	}

	Path cwd() {
		return this.cwd;
	}

	String searchTerm() {
		return this.searchTerm;
	}

	Integer pageSize() {
		return this.pageSize;
	}

	/** Builds {@link ThreadListOptions}. */
	public static final class Builder {

		private Boolean archived;

		private Path cwd;

		private String searchTerm;

		private Integer pageSize;

		private String sortKey;

		private String sortDirection;

		private Builder() {
		}

		/** Only archived ({@code true}) or only active ({@code false}) threads. */
		public Builder archived(boolean archived) {
			this.archived = archived;
			return this;
		}

		/** Only threads of this working directory. */
		public Builder cwd(Path cwd) {
			this.cwd = cwd;
			return this;
		}

		/** Only threads matching this text. */
		public Builder searchTerm(String searchTerm) {
			this.searchTerm = searchTerm;
			return this;
		}

		/** Threads fetched per request (the stream fetches further pages lazily). */
		public Builder pageSize(int pageSize) {
			if (pageSize < 1) {
				throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
			}
			this.pageSize = pageSize;
			return this;
		}

		/** {@code created_at} or {@code updated_at}. */
		public Builder sortKey(String sortKey) {
			this.sortKey = sortKey;
			return this;
		}

		/** {@code asc} or {@code desc}. */
		public Builder sortDirection(String sortDirection) {
			this.sortDirection = sortDirection;
			return this;
		}

		/** The options. */
		public ThreadListOptions build() {
			return new ThreadListOptions(this);
		}

	}

}
