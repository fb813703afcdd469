package dev.codexjava;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependencies between the top-level classes of a source tree (one node per {@code .java} file), read from the
 * sources without compiling them: imports (single-type, static and on-demand), fully qualified names in the code, and
 * simple names of classes of the same package. Comments and string literals do not count (a Javadoc link is not a
 * dependency). Knows only the classes of the tree: JDK and library types are left out.
 */
final class DependencyGraph {

	private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");

	private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");

	private static final Pattern QUALIFIED = Pattern.compile("\\b((?:[a-z_]\\w*\\.)+[A-Z]\\w*)");

	private static final Pattern CAPITALISED = Pattern.compile("(?<![\\w.])([A-Z]\\w*)\\b");

	private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");

	/** Class (fully qualified) to the classes of the tree it uses, in name order. */
	private final Map<String, Set<String>> edges;

	private DependencyGraph(Map<String, Set<String>> edges) {
		this.edges = edges;
	}

	/** Reads every {@code .java} file under {@code root} (a source root such as {@code src/main/java}). */
	static DependencyGraph of(Path root) {
		Map<String, String> sources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String name = file.getFileName().toString().replace(".java", "");
				if (name.equals("package-info") || name.equals("module-info")) {
					continue;
				}
				String code = strip(Files.readString(file));
				Matcher pkg = PACKAGE.matcher(code);
				String packageName = pkg.find() ? pkg.group(1) : "";
				sources.put(packageName.isEmpty() ? name : packageName + "." + name, code);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return of(sources);
	}

	/** The graph of classes given as fully qualified name to source text. */
	static DependencyGraph of(Map<String, String> sources) {
		Map<String, Set<String>> byPackage = new HashMap<>();
		for (String type : sources.keySet()) {
			byPackage.computeIfAbsent(packageOf(type), (p) -> new HashSet<>()).add(simpleName(type));
		}
		Map<String, Set<String>> edges = new TreeMap<>();
		sources.forEach((type, source) -> edges.put(type, dependencies(type, strip(source), sources.keySet(),
				byPackage)));
		return new DependencyGraph(edges);
	}

	private static Set<String> dependencies(String type, String code, Set<String> known,
			Map<String, Set<String>> byPackage) {
		String own = packageOf(type);
		Set<String> out = new TreeSet<>();
		Set<String> imported = new HashSet<>();
		List<String> onDemand = new ArrayList<>();
		Matcher imports = IMPORT.matcher(code);
		int bodyStart = 0;
		while (imports.find()) {
			bodyStart = imports.end();
			String name = imports.group(2);
			if (imports.group(3) != null && imports.group(1) == null) {
				onDemand.add(name);
				continue;
			}
			String target = resolve(name, known);
			if (target != null) {
				out.add(target);
			}
			if (imports.group(1) == null) {
				imported.add(name.substring(name.lastIndexOf('.') + 1));
			}
		}
		String body = code.substring(bodyStart);
		Matcher qualified = QUALIFIED.matcher(body);
		while (qualified.find()) {
			String target = resolve(qualified.group(1), known);
			if (target != null) {
				out.add(target);
			}
		}
		Set<String> nested = new HashSet<>();
		Matcher declared = DECLARED.matcher(body);
		while (declared.find()) {
			nested.add(declared.group(1));
		}
		nested.remove(simpleName(type));
		Matcher names = CAPITALISED.matcher(body);
		while (names.find()) {
			String name = names.group(1);
			if (imported.contains(name) || nested.contains(name)) {
				continue; // an imported or a nested type of that name shadows the package's
			}
			if (byPackage.getOrDefault(own, Set.of()).contains(name)) {
				out.add(qualify(own, name));
				continue;
			}
			for (String pkg : onDemand) {
				if (byPackage.getOrDefault(pkg, Set.of()).contains(name)) {
					out.add(qualify(pkg, name));
				}
			}
		}
		out.remove(type);
		return out;
	}

	/** The class of the tree that {@code name} (a type, a nested type or a static member) lies in, or null. */
	private static String resolve(String name, Set<String> known) {
		String candidate = name;
		while (!candidate.isEmpty()) {
			if (known.contains(candidate)) {
				return candidate;
			}
			int dot = candidate.lastIndexOf('.');
			if (dot < 0) {
				return null;
			}
			candidate = candidate.substring(0, dot);
		}
		return null;
	}

	/** Every class and the classes it uses. */
	Map<String, Set<String>> edges() {
		return this.edges;
	}

	/**
	 * The cycles: the strongly connected components of more than one class, each as one closed path through it
	 * (first class repeated at the end), e.g. {@code [a.A, a.B, a.A]}. Ordered by their first class.
	 */
	List<List<String>> cycles() {
		List<List<String>> out = new ArrayList<>();
		for (Set<String> component : components()) {
			if (component.size() > 1) {
				out.add(pathThrough(component));
			}
		}
		return out;
	}

	/** The strongly connected components (Tarjan), each in name order. */
	List<Set<String>> components() {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new HashSet<>();
		List<Set<String>> out = new ArrayList<>();
		for (String node : this.edges.keySet()) {
			if (!index.containsKey(node)) {
				connect(node, index, low, stack, onStack, out);
			}
		}
		out.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
		return out;
	}

	private void connect(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
			Set<String> onStack, List<Set<String>> out) {
		index.put(node, index.size());
		low.put(node, index.get(node));
		stack.push(node);
		onStack.add(node);
		for (String next : this.edges.getOrDefault(node, Set.of())) {
			if (!index.containsKey(next)) {
				connect(next, index, low, stack, onStack, out);
				low.put(node, Math.min(low.get(node), low.get(next)));
			}
			else if (onStack.contains(next)) {
				low.put(node, Math.min(low.get(node), index.get(next)));
			}
		}
		if (low.get(node).equals(index.get(node))) {
			Set<String> component = new TreeSet<>();
			String member;
			do {
				member = stack.pop();
				onStack.remove(member);
				component.add(member);
			}
			while (!member.equals(node));
			out.add(component);
		}
	}

	/** A shortest closed path from the component's first class back to it, through the component. */
	List<String> pathThrough(Set<String> component) {
		String start = component.iterator().next();
		Map<String, String> cameFrom = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			String node = queue.poll();
			for (String next : this.edges.getOrDefault(node, Set.of())) {
				if (!component.contains(next)) {
					continue;
				}
				if (next.equals(start)) {
					List<String> path = new ArrayList<>();
					for (String at = node; at != null; at = cameFrom.get(at)) {
						path.add(0, at);
					}
					path.add(start);
					return path;
				}
				if (!cameFrom.containsKey(next)) {
					cameFrom.put(next, node);
					queue.add(next);
				}
			}
		}
		return new ArrayList<>(new LinkedHashSet<>(component));
	}

	static String packageOf(String type) {
		int dot = type.lastIndexOf('.');
		return (dot < 0) ? "" : type.substring(0, dot);
	}

	private static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	private static String qualify(String pkg, String name) {
		return pkg.isEmpty() ? name : pkg + "." + name;
	}

	/** The code without comments, string, text-block and character literals (each replaced by a space). */
	static String strip(String source) {
		StringBuilder out = new StringBuilder(source.length());
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = (end < 0) ? n : end;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = (end < 0) ? n : end + 2;
				out.append(' ');
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (end > 0 && source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				i = (end < 0) ? n : end + 3;
				out.append(' ');
			}
			else if (c == '"' || c == '\'') {
				int j = i + 1;
				while (j < n && source.charAt(j) != c) {
					j += (source.charAt(j) == '\\') ? 2 : 1;
				}
				i = j + 1;
				out.append(' ');
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

}
