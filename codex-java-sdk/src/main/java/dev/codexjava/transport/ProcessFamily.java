package dev.codexjava.transport;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The app-server and every process it started, found again after the app-server died. Orphans are re-parented and
 * can no longer be found from a dead parent, so two things keep track of them:
 * <ul>
 * <li>On Linux, the child is started in a session of its own (through {@code setsid}, where installed). Everything it
 * starts stays in that session (unless it starts a session of its own), and {@code /proc/<pid>/stat} still names the
 * session after the leader died. The kernel does not reuse the leader's pid while a member of its session lives, so a
 * process whose session id is that pid is one of ours.</li>
 * <li>Everywhere, the descendants seen while the app-server lives are remembered ({@link #refresh}), as handles that
 * cannot be confused with a later process of the same pid.</li>
 * </ul>
 * A descendant that starts a session of its own and whose parent dies between two refreshes is not found.
 */
final class ProcessFamily {

	private static final Path PROC = Path.of("/proc");

	private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

	/**
	 * How often {@link #refreshIfDue} looks for new descendants at most: every second at first and after a look that
	 * found one, twice as long after each look that found none, up to {@link #MAX_REFRESH_NANOS}. (A look reads the
	 * {@code /proc} entry of every process on the machine: about 1-3 ms of CPU, 5-8 % of a client's CPU in a steady run of
	 * short turns when done every second.)
	 */
	static final long MIN_REFRESH_NANOS = 1_000_000_000L;

	static final long MAX_REFRESH_NANOS = 8_000_000_000L;

	private final ProcessHandle leader;

	private final Set<ProcessHandle> remembered = ConcurrentHashMap.newKeySet();

	private volatile long lastRefresh = System.nanoTime();

	private volatile long refreshInterval = MIN_REFRESH_NANOS;

	ProcessFamily(ProcessHandle leader) {
		this.leader = leader;
	}

	/**
	 * The command that starts {@code command} in a new session: {@code setsid} followed by the command, on Linux where
	 * {@code setsid} is installed and the executable can be found; otherwise {@code command} unchanged (then the
	 * family is found through {@link #refresh} only). Nothing is added but the launcher's own path.
	 * @param workingDirectory the child's working directory ({@code null}: this JVM's), against which a relative
	 * executable path is resolved
	 */
	static List<String> inNewSession(List<String> command, @Nullable Path workingDirectory) {
		if (!isLinux()) {
			return command;
		}
		Path setsid = SETSID.stream().filter(Files::isExecutable).findFirst().orElse(null);
		String executable = resolve(command.get(0), workingDirectory);
		if (setsid == null || executable == null) {
			// without an executable, let ProcessBuilder fail with its usual message
			return command;
		}
		List<String> wrapped = new ArrayList<>(command.size() + 1);
		wrapped.add(setsid.toString());
		wrapped.add(executable);
		wrapped.addAll(command.subList(1, command.size()));
		return wrapped;
	}

	/**
	 * The executable as {@code setsid} must be given it: a bare name resolved on this JVM's {@code PATH} (as
	 * {@link ProcessBuilder} does, while {@code setsid} would search the child's), a path unchanged; {@code null} if
	 * there is no such executable file.
	 */
	private static @Nullable String resolve(String executable, @Nullable Path workingDirectory) {
		if (executable.indexOf('/') >= 0) {
			Path path = Path.of(executable);
			if (!path.isAbsolute()) {
				path = ((workingDirectory != null) ? workingDirectory : Path.of("")).toAbsolutePath().resolve(path);
			}
			return (Files.isRegularFile(path) && Files.isExecutable(path)) ? executable : null;
		}
		String searchPath = System.getenv("PATH");
		if (searchPath == null) {
			return null;
		}
		for (String dir : searchPath.split(":")) {
			if (dir.isEmpty()) {
				continue;
			}
			Path candidate = Path.of(dir, executable);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate.toAbsolutePath().toString();
			}
		}
		return null;
	}

	private static boolean isLinux() {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
				&& Files.isDirectory(PROC);
	}

	/**
	 * Remembers the leader's current descendants when a look is due (see {@link #MIN_REFRESH_NANOS}). Cheap when not
	 * due.
	 */
	void refreshIfDue() {
		refreshIfDue(System.nanoTime());
	}

	/** {@link #refreshIfDue()} at {@code now} (a {@link System#nanoTime()} value). */
	void refreshIfDue(long now) {
		if (now - this.lastRefresh >= this.refreshInterval) {
			refresh(now);
		}
	}

	/** Remembers the leader's current descendants and forgets those that exited. */
	void refresh() {
		refresh(System.nanoTime());
	}

	private void refresh(long now) {
		this.lastRefresh = now;
		this.remembered.removeIf((handle) -> !ProcessTree.isRunning(handle));
		boolean found = false;
		if (this.leader.isAlive()) {
			for (ProcessHandle handle : (Iterable<ProcessHandle>) this.leader.descendants()::iterator) {
				found |= this.remembered.add(handle);
			}
		}
		// a family that changes is looked at every second; one that stays the same less and less often
		this.refreshInterval = found ? MIN_REFRESH_NANOS : Math.min(MAX_REFRESH_NANOS, this.refreshInterval * 2);
	}

	/** How long after the last look the next one is due, in nanoseconds (for tests). */
	long refreshInterval() {
		return this.refreshInterval;
	}

	/** The session id of a process, or {@code -1} when unknown (no {@code /proc}, or the process is gone). */
	static long sessionId(long pid) {
		Stat stat = Stat.read(PROC.resolve(Long.toString(pid)));
		return (stat != null) ? stat.session : -1;
	}

	/**
	 * Every running member of the family but the leader: the leader's session, remembered descendants, and the
	 * descendants of all of these and of the leader.
	 */
	List<ProcessHandle> members() {
		Map<Long, ProcessHandle> members = new LinkedHashMap<>();
		long self = ProcessHandle.current().pid();
		long leaderPid = this.leader.pid();
		for (ProcessHandle handle : this.remembered) {
			if (ProcessTree.isRunning(handle)) {
				members.put(handle.pid(), handle);
			}
		}
		List<Stat> all = isLinux() ? Stat.all() : List.of();
		if (all.isEmpty()) {
			// no /proc: only what ProcessHandle can see
			List<ProcessHandle> roots = new ArrayList<>(members.values());
			roots.add(this.leader);
			for (ProcessHandle root : roots) {
				root.descendants().filter(ProcessTree::isRunning).forEach((h) -> members.putIfAbsent(h.pid(), h));
			}
		}
		else {
			Map<Long, List<Long>> children = new HashMap<>();
			Set<Long> found = new LinkedHashSet<>(members.keySet());
			for (Stat stat : all) {
				if (!stat.running()) {
					continue;
				}
				children.computeIfAbsent(stat.parent, (k) -> new ArrayList<>()).add(stat.pid);
				if (stat.session == leaderPid) {
					found.add(stat.pid);
				}
			}
			found.add(leaderPid);
			// the descendants of everything found so far
			ArrayDeque<Long> toVisit = new ArrayDeque<>(found);
			while (!toVisit.isEmpty()) {
				long pid = toVisit.poll();
				if (pid != leaderPid && !members.containsKey(pid)) {
					ProcessHandle.of(pid).ifPresent((h) -> members.put(pid, h));
				}
				for (Long child : children.getOrDefault(pid, List.of())) {
					if (found.add(child)) {
						toVisit.add(child);
					}
				}
			}
		}
		members.remove(leaderPid);
		members.remove(self);
		return new ArrayList<>(members.values());
	}

	/** The fields of {@code /proc/<pid>/stat} this class needs. */
	private record Stat(long pid, char state, long parent, long session) {

		boolean running() {
			return this.state != 'Z' && this.state != 'X';
		}

		static List<Stat> all() {
			List<Stat> all = new ArrayList<>();
			try (DirectoryStream<Path> dirs = Files.newDirectoryStream(PROC,
					(dir) -> isNumber(dir.getFileName().toString()))) {
				for (Path dir : dirs) {
					Stat stat = read(dir);
					if (stat != null) {
						all.add(stat);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				return List.of();
			}
			return all;
		}

		static @Nullable Stat read(Path dir) {
			try {
				String text = Files.readString(dir.resolve("stat"));
				// the command name may hold spaces and parentheses: the fields start after the last ')'
				int end = text.lastIndexOf(')');
				String[] fields = text.substring(end + 2).split(" ");
				// state, ppid, pgrp, session
				return new Stat(Long.parseLong(dir.getFileName().toString()), fields[0].charAt(0),
						Long.parseLong(fields[1]), Long.parseLong(fields[3]));
			}
			catch (IOException | RuntimeException ex) {
				// gone meanwhile, or not readable
				return null;
			}
		}

		private static boolean isNumber(String name) {
			if (name.isEmpty()) {
				return false;
			}
			for (int i = 0; i < name.length(); i++) {
				if (!Character.isDigit(name.charAt(i))) {
					return false;
				}
			}
			return true;
		}

	}

}
