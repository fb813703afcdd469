package dev.codexjava.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** Process checks that see through zombies (this machine's init does not reap orphans). */
final class Processes {

	private Processes() {
	}

	/** Whether the process exists and is not a zombie. */
	static boolean running(ProcessHandle handle) {
		if (!handle.isAlive()) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
			String afterName = stat.substring(stat.lastIndexOf(')') + 2);
			char state = afterName.charAt(0);
			if (state == 'Z' || state == 'X') {
				return false;
			}
		}
		catch (Exception ex) {
			return false;
		}
		System.err.println("still running: " + handle.pid() + " " + handle.info().commandLine().orElse("?"));
		return true;
	}

	/** The process's name ({@code /proc/PID/comm}, also for a zombie), or {@code ?}. */
	static String name(ProcessHandle handle) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(handle.pid()), "comm")).strip();
		}
		catch (Exception ex) {
			return "?";
		}
	}

}
