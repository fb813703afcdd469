package dev.codexjava.transport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** A small ring buffer of the last lines a child wrote to stderr. Thread-safe. */
final class StderrTail {

	private final int capacity;

	private final ArrayDeque<String> lines;

	StderrTail(int capacity) {
		this.capacity = capacity;
		this.lines = new ArrayDeque<>(capacity);
	}

	synchronized void add(String line) {
		if (this.lines.size() == this.capacity) {
			this.lines.removeFirst();
		}
		this.lines.addLast(line.length() > 2000 ? line.substring(0, 2000) + "…" : line);
	}

	synchronized List<String> snapshot() {
		return new ArrayList<>(this.lines);
	}

}
