package dev.codexjava.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.codexjava.protocol.generated.ThreadSourceKind;

/** Filters and page size for {@link Codex#listThreads(ThreadListOptions)}. Immutable; build with {@link #builder()}. */
public final class ThreadListOptions {

	private static final ThreadListOptions NONE = builder().build();

	private final Boolean archived;

	private final Path cwd;

	private final String searchTerm;

	private final Integer pageSize;

	private final String sortKey;

	private final String sortDirection;

	private final List<Path> cwds;

	private final List<String> modelProviders;

	private final List<ThreadSourceKind> sourceKinds;

	private final List<String> excludedThreadIds;

	private final List<String> originators;

	private final Boolean currentAccountOnly;

	private final Boolean useStateDbOnly;

	private ThreadListOptions(Builder b) {
		this.archived = b.archived;
		this.cwd = b.cwd;
		this.searchTerm = b.searchTerm;
		this.pageSize = b.pageSize;
		this.sortKey = b.sortKey;
		this.sortDirection = b.sortDirection;
		this.cwds = (b.cwds != null) ? List.copyOf(b.cwds) : null;
		this.modelProviders = (b.modelProviders != null) ? List.copyOf(b.modelProviders) : null;
		this.sourceKinds = (b.sourceKinds != null) ? List.copyOf(b.sourceKinds) : null;
		this.excludedThreadIds = (b.excludedThreadIds != null) ? List.copyOf(b.excludedThreadIds) : null;
		this.originators = (b.originators != null) ? List.copyOf(b.originators) : null;
		this.currentAccountOnly = b.currentAccountOnly;
		this.useStateDbOnly = b.useStateDbOnly;
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

	List<Path> cwds() {
		return this.cwds;
	}

	List<String> modelProviders() {
		return this.modelProviders;
	}

	List<ThreadSourceKind> sourceKinds() {
		return this.sourceKinds;
	}

	List<String> excludedThreadIds() {
		return this.excludedThreadIds;
	}

	List<String> originators() {
		return this.originators;
	}

	Boolean currentAccountOnly() {
		return this.currentAccountOnly;
	}

	Boolean useStateDbOnly() {
		return this.useStateDbOnly;
	}

	/** Builds {@link ThreadListOptions}. */
	public static final class Builder {

		private Boolean archived;

		private Path cwd;

		private String searchTerm;

		private Integer pageSize;

		private String sortKey;

		private String sortDirection;

		private List<Path> cwds;

		private List<String> modelProviders;

		private List<ThreadSourceKind> sourceKinds;

		private List<String> excludedThreadIds;

		private List<String> originators;

		private Boolean currentAccountOnly;

		private Boolean useStateDbOnly;

		private Builder() {
		}

		/** Only archived ({@code true}) or only active ({@code false}) threads. */
		public Builder archived(boolean archived) {
			this.archived = archived;
			return this;
		}

		/** Only threads of this working directory (replaces {@link #cwds(Collection)}). */
		public Builder cwd(Path cwd) {
			this.cwd = cwd;
			this.cwds = null;
			return this;
		}

		/**
		 * Only threads of any of these working directories ({@code thread/list} field {@code cwd} as a list; replaces
		 * {@link #cwd(Path)}). Relative paths are made absolute.
		 */
		public Builder cwds(Collection<Path> cwds) {
			this.cwds = copy(cwds, "cwds");
			this.cwd = null;
			return this;
		}

		/**
		 * Only threads recorded under these model providers ({@code thread/list} field {@code modelProviders}); an
		 * empty list means all providers.
		 */
		public Builder modelProviders(Collection<String> modelProviders) {
			this.modelProviders = copy(modelProviders, "modelProviders");
			return this;
		}

		/**
		 * Only threads from these sources ({@code thread/list} field {@code sourceKinds}, e.g.
		 * {@link ThreadSourceKind#APP_SERVER}, {@link ThreadSourceKind#EXEC}); unset or empty: the server's default,
		 * the interactive sources.
		 */
		public Builder sourceKinds(Collection<ThreadSourceKind> sourceKinds) {
			this.sourceKinds = copy(sourceKinds, "sourceKinds");
			return this;
		}

		/**
		 * Leaves these threads out before the page size applies ({@code thread/list} field
		 * {@code excludedThreadIds}; the server takes at most 100 and rejects more). Sent with every page.
		 */
		public Builder excludedThreadIds(Collection<String> threadIds) {
			this.excludedThreadIds = copy(threadIds, "excludedThreadIds");
			return this;
		}

		/**
		 * Only threads whose originator (the client that created them, e.g. {@code codex_vscode}) is one of these
		 * ({@code thread/list} field {@code originators}, matched exactly; empty: all). <b>Hosted backends only:</b>
		 * the local app-server (0.169.0 and 0.171.0) refuses a non-empty list with
		 * {@link dev.codexjava.error.InvalidParamsException} ({@code -32602 originator filtering is not supported by
		 * the local app-server}); an empty list is accepted and filters nothing.
		 */
		public Builder originators(Collection<String> originators) {
			this.originators = copy(originators, "originators");
			return this;
		}

		/**
		 * Only local history visible to the current ChatGPT account ({@code thread/list} field
		 * {@code currentAccountOnly}; server default {@code false}).
		 */
		public Builder currentAccountOnly(boolean currentAccountOnly) {
			this.currentAccountOnly = currentAccountOnly;
			return this;
		}

		/**
		 * Answer from the server's state database without scanning the rollout files to repair thread metadata
		 * ({@code thread/list} field {@code useStateDbOnly}; server default {@code false}): faster, may be stale.
		 */
		public Builder useStateDbOnly(boolean useStateDbOnly) {
			this.useStateDbOnly = useStateDbOnly;
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

		/** An immutable copy; a {@code null} list or element fails here, named, not as a bare NPE. */
		private static <T> List<T> copy(Collection<T> values, String name) {
			List<T> copy = new ArrayList<>(Objects.requireNonNull(values, () -> name + " must not be null"));
			for (T value : copy) {
				Objects.requireNonNull(value, () -> name + " must not contain null");
			}
			return List.copyOf(copy);
		}

	}

}
