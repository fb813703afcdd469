package dev.codexjava.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the workspace-write sandbox may reach beyond the cwd, as a thread or a turn asks for it: extra writable roots
 * (the TS SDK's {@code additionalDirectories}) and network access. One value for {@link ThreadOptions} and
 * {@link TurnOptions}, whose builders hold it and delegate to it; immutable, each {@code with...} returns a copy.
 * @param writableRoots the extra writable directories, in the order given (unresolved: the encoder makes them
 * absolute)
 * @param networkAccess whether sandboxed commands may use the network, or {@code null} to keep the server's setting
 */
record SandboxAccess(List<Path> writableRoots, @Nullable Boolean networkAccess) {

	/** Nothing asked for: no extra roots, the server's network setting. */
	static final SandboxAccess NONE = new SandboxAccess(List.of(), null);

	SandboxAccess {
		writableRoots = List.copyOf(writableRoots);
	}

	/**
	 * A copy with {@code roots} added after the roots given before.
	 * @throws NullPointerException if {@code roots} or one of them is {@code null} (at the call, not at build time)
	 */
	SandboxAccess withWritableRoots(Collection<Path> roots) {
		Objects.requireNonNull(roots, "writableRoots must not be null");
		List<Path> all = new ArrayList<>(this.writableRoots);
		roots.forEach((root) -> all.add(Objects.requireNonNull(root, "writableRoots must not contain null")));
		return new SandboxAccess(all, this.networkAccess);
	}

	/** A copy with network access on or off. */
	SandboxAccess withNetworkAccess(boolean networkAccess) {
		return new SandboxAccess(this.writableRoots, networkAccess);
	}

	/**
	 * Checks that a turn's {@code sandbox} can carry this: writable roots need {@link SandboxMode#WORKSPACE_WRITE},
	 * network access needs it or {@link SandboxMode#READ_ONLY} (the {@code sandboxPolicy} variants with those fields).
	 * @throws IllegalArgumentException if it cannot
	 */
	void requireCarriedBy(@Nullable SandboxMode sandbox) {
		if (!this.writableRoots.isEmpty() && sandbox != SandboxMode.WORKSPACE_WRITE) {
			throw new IllegalArgumentException(
					"writableRoots need sandbox(SandboxMode.WORKSPACE_WRITE), was " + sandbox);
		}
		if (this.networkAccess != null && sandbox != SandboxMode.WORKSPACE_WRITE && sandbox != SandboxMode.READ_ONLY) {
			throw new IllegalArgumentException(
					"networkAccess needs sandbox(WORKSPACE_WRITE) or sandbox(READ_ONLY), was " + sandbox);
		}
	}

}
