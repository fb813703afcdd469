package dev.codexjava.client;

import java.nio.file.Path;
import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

/**
 * One piece of user input for a turn: text, an image URL, a local image, a skill, or a mention of an app or plugin.
 */
public sealed interface Input {

	/** Plain text. */
	static Input text(String text) {
		return new Text(text);
	}

	/** An image by URL (preferably a {@code data:image/...;base64,} URL). */
	static Input imageUrl(String url) {
		return new ImageUrl(url);
	}

	/** An image file on the machine running Codex. */
	static Input localImage(Path path) {
		return new LocalImage(path);
	}

	/** A skill ({@code path} points to its {@code SKILL.md}); mention it as {@code $name} in the text. */
	static Input skill(String name, Path path) {
		return new Skill(name, path);
	}

	/** A mention of an app ({@code app://id}) or plugin ({@code plugin://name@marketplace}). */
	static Input mention(String name, String path) {
		return new Mention(name, path);
	}

	/**
	 * The wire object.
	 * @deprecated the protocol layer encodes input; this stays for callers of the earlier API
	 */
	@Deprecated
	default ObjectNode toJson() {
		return RequestEncoder.input(this);
	}

	/** Text input. */
	record Text(String text) implements Input {
		public Text {
			Objects.requireNonNull(text, "text");
		}
	}

	/** Image URL input. */
	record ImageUrl(String url) implements Input {
		public ImageUrl {
			if (url == null || url.isBlank()) {
				throw new IllegalArgumentException("image url must not be blank");
			}
		}
	}

	/** Local image input; the file must exist when the input is created. */
	record LocalImage(Path path) implements Input {
		public LocalImage {
			Objects.requireNonNull(path, "path");
			if (!java.nio.file.Files.isRegularFile(path)) {
				throw new IllegalArgumentException("local image " + path + " does not exist or is not a file");
			}
			path = path.toAbsolutePath();
		}
	}

	/** Skill input. */
	record Skill(String name, Path path) implements Input {
		public Skill {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("skill name must not be blank");
			}
			Objects.requireNonNull(path, "path");
		}
	}

	/** Mention input. */
	record Mention(String name, String path) implements Input {
		public Mention {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("mention name must not be blank");
			}
			if (path == null || path.isBlank()) {
				throw new IllegalArgumentException("mention path must not be blank");
			}
		}
	}

}
